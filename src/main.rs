//! The `cna` command line: thin; every command calls into the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use std::io::Read;

use anyhow::Context;

use cna::auth::{accounts, accounts::NewUser, partners, partners::NewPartner, password};
use cna::config::{AuthSettings, DatabaseSettings, ServerSettings};
use cna::{db, openapi, seed, startup::Application, telemetry};

/// The competent-authorities directory service.
#[derive(Parser)]
#[command(name = "cna", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the HTTP API.
    Serve {
        #[command(flatten)]
        database: DatabaseSettings,
        #[command(flatten)]
        server: Box<ServerSettings>,
        #[command(flatten)]
        auth: AuthSettings,
    },
    /// Apply pending database migrations.
    Migrate {
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Load or update the reference data (countries, regions, instruments, competences,
    /// taxonomies); with `--demo`, also the fictional demo directory, laws and cases. Idempotent.
    Seed {
        #[command(flatten)]
        database: DatabaseSettings,
        /// Also load the demo directory, laws and cases (fictional records, for trying the service).
        #[arg(long)]
        demo: bool,
    },
    /// Send the reminders that are due now: write each focal point's digest of the records due for
    /// confirmation and the administrators' monthly summary to the outbox (what the server also does
    /// on its schedule), then, with an SMTP server configured, send what the outbox holds unless a
    /// server process is already delivering it.
    Remind {
        #[command(flatten)]
        database: DatabaseSettings,
        #[command(flatten)]
        reminders: cna::config::ReminderSettings,
    },
    /// Rebuild the search index of a data directory from Postgres, with a progress bar. The server
    /// that uses the directory must be stopped (a server also rebuilds by itself when its index is
    /// empty or of another schema version).
    Reindex {
        #[command(flatten)]
        database: DatabaseSettings,
        /// The server's data directory; the index is in its `search` folder.
        #[arg(
            long = "data-dir",
            env = "CNA_DATA_DIR",
            default_value = cna::config::DEFAULT_DATA_DIR
        )]
        data_dir: std::path::PathBuf,
    },
    /// Load records from an NDJSON file (one `{"type": ..., "record": ...}` object per line) through
    /// the same validation, history and change log as the API, in batches, with a progress bar.
    /// Records whose id exists are skipped, so an interrupted import can be run again.
    Import {
        #[command(flatten)]
        database: DatabaseSettings,
        /// The file to read; `-` reads standard input.
        file: std::path::PathBuf,
    },
    /// Load treaty participation from a CSV sheet (one row per State and instrument, the columns of
    /// docs/ROUTING.md) through the same validation, history and change log as the API. A row's id
    /// is derived from its State and instrument, so rows already loaded are skipped.
    ImportTreaties {
        #[command(flatten)]
        database: DatabaseSettings,
        /// The CSV file (UTF-8, with a header row).
        file: std::path::PathBuf,
    },
    /// Write every current record, with confidential data (as an administrator sees it), as one
    /// consistent NDJSON snapshot headed by its change-feed cursor: what `GET /v1/export` sends, and
    /// what `cna import` loads into another instance.
    Export {
        #[command(flatten)]
        database: DatabaseSettings,
        /// Kinds of records, comma-separated: authority, legislation, case, treaty (default: all).
        #[arg(long = "type")]
        kind: Option<String>,
        /// Where to write; standard output when absent.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Delete the change log's entries older than a number of days (the records and their history
    /// stay). Feed cursors from before them get 410 and start again from the export; search indexes
    /// that had not reached them rebuild.
    PruneChanges {
        #[command(flatten)]
        database: DatabaseSettings,
        /// Keep the changes of the last DAYS days.
        #[arg(long = "older-than-days")]
        days: u32,
    },
    /// Keep a local NDJSON mirror of a server: take its export, then follow its change feed (the
    /// reference partner client). Run again, it resumes from the file.
    Mirror {
        /// The server, e.g. https://cna.example.org
        #[arg(long = "from")]
        from: String,
        /// The partner API key (better given in the environment than on the command line).
        #[arg(long, env = "CNA_PARTNER_KEY", hide_env_values = true)]
        key: String,
        /// The mirror file (an export, kept current).
        #[arg(long)]
        out: std::path::PathBuf,
        /// Stop once caught up instead of following.
        #[arg(long)]
        once: bool,
    },
    /// Write a realistic multilingual corpus in the import format, for benchmarks: variations of
    /// the demo data, the same for the same seed.
    BenchCorpus {
        /// How many records (15% authorities, 35% laws, 50% cases).
        #[arg(long)]
        records: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where to write; standard output when absent.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Print the OpenAPI document (as committed in openapi/openapi.json).
    Openapi,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage partner clients.
    Partner {
        #[command(subcommand)]
        command: PartnerCommand,
    },
}

#[derive(Subcommand)]
enum PartnerCommand {
    /// Create a partner client and print its API key (shown this once).
    Create {
        #[command(flatten)]
        database: DatabaseSettings,
        /// The portal's name.
        #[arg(long)]
        name: String,
        /// public, or restricted (the restricted tier, as a signed-in reader).
        #[arg(long, default_value = "public")]
        tier: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account; the password is read from standard input.
    Create {
        #[command(flatten)]
        database: DatabaseSettings,
        /// E-mail address (unique, whatever its letter case).
        #[arg(long)]
        email: String,
        /// admin, focal_point or reader.
        #[arg(long)]
        role: String,
        /// ISO 3166-1 alpha-3 code of the State a focal point acts for.
        #[arg(long)]
        country: Option<String>,
        /// The language of the messages sent to the account: ar, zh, en, fr, ru or es.
        #[arg(long, default_value = "en")]
        language: String,
        /// Read the password from standard input (the only way: never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve {
            database,
            server,
            auth,
        } => {
            // Refuse to start without a signing secret, or with reminder settings that cannot
            // work, before touching anything.
            auth.check()?;
            server.reminders.check()?;
            let applied = db::run_migrations(&database.url).await?;
            tracing::info!(
                applied = applied.len(),
                database = %cna::config::redact_url(&database.url),
                pool_size = database.pool_size,
                timeout_ms = database.timeout_ms,
                "migrations applied"
            );
            let app = Application::build(&database, &server, &auth)?;
            tracing::info!(bind = %server.bind, port = app.port(), "serving");
            app.run_until_stopped().await?;
        }
        Command::Migrate { database } => {
            let applied = db::run_migrations(&database.url).await?;
            println!("applied {} migration(s)", applied.len());
        }
        Command::Seed { database, demo } => {
            let pool = db::build_pool(&database.url, 2, database.timeout())?;
            let report = seed::run(&pool, demo).await?;
            println!(
                "reference data: {} regions, {} countries, {} instruments, {} competences, {} taxonomy terms",
                report.regions,
                report.countries,
                report.instruments,
                report.competences,
                report.terms,
            );
            if let Some(demo) = report.demo {
                println!(
                    "demo directory: {} records created, {} already present",
                    demo.created, demo.skipped
                );
            }
        }
        Command::Remind {
            database,
            reminders,
        } => {
            reminders.check()?;
            let mailer = cna::reminders::outbox::Mailer::from_settings(&reminders)?;
            let pool = db::build_pool(&database.url, 2, database.timeout())?;
            let report = cna::reminders::run(&pool, &reminders, &cna::clock::Clock::default())
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            println!(
                "written to the outbox: {} digest(s) to focal points listing {} record(s), {} monthly summary(ies)",
                report.digests, report.records, report.summaries
            );
            match mailer {
                None => println!(
                    "no SMTP server configured (CNA_SMTP_URL): messages wait in the outbox"
                ),
                Some(mailer) => {
                    let mut leader =
                        <cna::db::Conn as diesel_async::AsyncConnection>::establish(&database.url)
                            .await?;
                    if cna::reminders::outbox::try_lead(&mut leader).await? {
                        let mut conn = pool.get().await?;
                        let (sent, failed) =
                            cna::reminders::outbox::deliver_due(&mut conn, &mailer).await?;
                        println!("sent {sent} message(s); {failed} failed and will be retried");
                    } else {
                        println!("a server process is delivering the outbox: it sends them");
                    }
                }
            }
        }
        Command::Reindex { database, data_dir } => {
            let pool = db::build_pool(&database.url, 2, database.timeout())?;
            let bar = progress_bar("indexing", None);
            let started = std::time::Instant::now();
            let (records, position) = cna::search::reindex(
                &pool,
                &data_dir,
                |total| bar.set_length(total),
                |n| bar.inc(n),
            )
            .await?;
            bar.finish_and_clear();
            println!(
                "indexed {records} records in {:.1} s, up to change {position}",
                started.elapsed().as_secs_f64()
            );
        }
        Command::Import { database, file } => {
            let pool = db::build_pool(&database.url, 6, database.timeout())?;
            let (input, size): (Box<dyn std::io::BufRead>, u64) = if file.as_os_str() == "-" {
                (Box::new(std::io::stdin().lock()), 0)
            } else {
                let opened = std::fs::File::open(&file)
                    .with_context(|| format!("opening {}", file.display()))?;
                let size = opened.metadata()?.len();
                (Box::new(std::io::BufReader::new(opened)), size)
            };
            let bar = progress_bar("importing", count_lines(&file, size)?);
            let started = std::time::Instant::now();
            let report = cna::bulk::import::import(&pool, input, |n| bar.inc(n)).await?;
            bar.finish_and_clear();
            println!(
                "imported {} records ({} already present) in {:.1} s",
                report.created,
                report.skipped,
                started.elapsed().as_secs_f64()
            );
        }
        Command::ImportTreaties { database, file } => {
            let pool = db::build_pool(&database.url, 6, database.timeout())?;
            let sheet = std::fs::File::open(&file)
                .with_context(|| format!("opening {}", file.display()))?;
            let lines = cna::bulk::treaty_csv::to_lines(std::io::BufReader::new(sheet))?;
            let report = cna::bulk::import::import(&pool, lines.as_bytes(), |_| {})
                .await
                .map_err(|e| {
                    anyhow::anyhow!("{}", format!("{e:#}").replacen("line ", "row ", 1))
                })?;
            println!(
                "imported {} treaty participation records ({} already present)",
                report.created, report.skipped
            );
        }
        Command::Export {
            database,
            kind,
            out,
        } => {
            let types = match kind.as_deref() {
                Some(raw) => cna::domain::RecordKind::parse_list(raw)
                    .map_err(|e| anyhow::anyhow!("--type: {e}"))?,
                None => cna::domain::RecordKind::ALL.to_vec(),
            };
            let pool = db::build_pool(&database.url, 2, database.timeout())?;
            let caller = cna::auth::Caller::Admin(cna::auth::Account {
                id: uuid::Uuid::nil(),
                email: "cna export".into(),
            });
            let (sink, mut lines) = tokio::sync::mpsc::channel(4);
            let sink = cna::bulk::export::Sink::new(sink, None);
            let export = tokio::spawn(async move {
                cna::bulk::export::export(&pool, &caller, &types, &sink, chrono::Utc::now()).await
            });
            let mut writer: Box<dyn std::io::Write> = match &out {
                Some(path) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(path)
                        .with_context(|| format!("creating {}", path.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            while let Some(chunk) = lines.recv().await {
                writer.write_all(&chunk)?;
            }
            writer.flush()?;
            let records = export
                .await?
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            eprintln!("exported {records} records");
        }
        Command::PruneChanges { database, days } => {
            let pool = db::build_pool(&database.url, 1, database.timeout())?;
            let mut conn = pool.get().await?;
            let before = chrono::Utc::now() - chrono::Duration::days(i64::from(days));
            let (deleted, horizon) =
                diesel_async::AsyncConnection::transaction::<_, diesel::result::Error, _>(
                    &mut *conn,
                    |conn| Box::pin(async move { cna::changes::prune(conn, before).await }),
                )
                .await?;
            println!("deleted {deleted} changes; the log now starts after {horizon}");
        }
        Command::Mirror {
            from,
            key,
            out,
            once,
        } => {
            let client = cna::mirror::Client::new(&from, &key)?;
            let mirror = cna::mirror::run(&client, &out, !once).await?;
            println!(
                "{} holds {} records, current to cursor {}",
                out.display(),
                mirror.records.len(),
                mirror.cursor
            );
        }
        Command::BenchCorpus { records, seed, out } => {
            let bar = progress_bar("writing", Some(records));
            match out {
                Some(path) => {
                    let file = std::fs::File::create(&path)
                        .with_context(|| format!("creating {}", path.display()))?;
                    let mut writer = std::io::BufWriter::new(file);
                    cna::bulk::corpus::write(records, seed, &mut writer, |n| bar.inc(n))?;
                }
                None => {
                    let mut writer = std::io::BufWriter::new(std::io::stdout().lock());
                    cna::bulk::corpus::write(records, seed, &mut writer, |_| {})?;
                }
            }
            bar.finish_and_clear();
        }
        Command::Openapi => print!("{}", openapi::document_json()),
        Command::User {
            command:
                UserCommand::Create {
                    database,
                    email,
                    role,
                    country,
                    language,
                    password_stdin: _,
                },
        } => {
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            let new = NewUser::parse(&email, &role, country.as_deref(), password, Some(&language))
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            let secret = new.password.expose().to_owned();
            let hash =
                tokio::task::spawn_blocking(move || password::hash_blocking(&secret)).await??;
            let pool = db::build_pool(&database.url, 1, database.timeout())?;
            let mut conn = pool.get().await?;
            let user = accounts::create(&mut conn, &new, hash)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            println!("created {} account {} ({})", user.role, user.email, user.id);
        }
        Command::Partner {
            command:
                PartnerCommand::Create {
                    database,
                    name,
                    tier,
                },
        } => {
            let new =
                NewPartner::parse(&name, &tier).map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            let pool = db::build_pool(&database.url, 1, database.timeout())?;
            let mut conn = pool.get().await?;
            let (client, key) = partners::create(&mut conn, &new, "cna partner create")
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?;
            eprintln!(
                "created {} partner client {} ({}); its API key, shown this once:",
                client.tier, client.name, client.id
            );
            println!("{key}");
        }
    }
    Ok(())
}

/// An API error as one line for the terminal.
/// A progress bar on standard error, of `total` records when known.
fn progress_bar(verb: &str, total: Option<u64>) -> indicatif::ProgressBar {
    let bar =
        indicatif::ProgressBar::with_draw_target(total, indicatif::ProgressDrawTarget::stderr());
    let template =
        format!("{verb} {{bar:40}} {{human_pos}}/{{human_len}} records, {{per_sec}}, {{eta}} left");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

/// The number of lines of a file, for the progress bar (none for standard input).
fn count_lines(file: &std::path::Path, size: u64) -> anyhow::Result<Option<u64>> {
    if file.as_os_str() == "-" || size == 0 {
        return Ok(None);
    }
    let mut reader = std::io::BufReader::new(std::fs::File::open(file)?);
    let mut lines = 0u64;
    loop {
        let buffer = std::io::BufRead::fill_buf(&mut reader)?;
        if buffer.is_empty() {
            return Ok(Some(lines));
        }
        lines += buffer.iter().filter(|b| **b == b'\n').count() as u64;
        let n = buffer.len();
        std::io::BufRead::consume(&mut reader, n);
    }
}
