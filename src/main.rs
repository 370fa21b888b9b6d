//! The `cna` command line: thin; every command calls into the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use cna::config::{DatabaseSettings, ServerSettings};
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
        server: ServerSettings,
    },
    /// Apply pending database migrations.
    Migrate {
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Load reference data and the demo directory (idempotent).
    Seed {
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Print the OpenAPI document (as committed in openapi/openapi.json).
    Openapi,
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
        Command::Serve { database, server } => {
            let applied = db::run_migrations(&database.url).await?;
            tracing::info!(?applied, database = ?database, "migrations applied");
            let app = Application::build(&database, &server)?;
            tracing::info!(bind = %server.bind, port = app.port(), "serving");
            app.run_until_stopped().await?;
        }
        Command::Migrate { database } => {
            let applied = db::run_migrations(&database.url).await?;
            println!("applied {} migration(s)", applied.len());
        }
        Command::Seed { database } => {
            let pool = db::build_pool(&database.url, 1, database.timeout())?;
            let mut conn = pool.get().await?;
            let report = seed::run(&mut conn).await?;
            println!(
                "seeded {} regions, {} countries, {} instruments, {} competences, {} taxonomy terms; \
                 {} demo authorities inserted, {} already present",
                report.regions,
                report.countries,
                report.instruments,
                report.competences,
                report.terms,
                report.authorities_inserted,
                report.authorities_present
            );
        }
        Command::Openapi => print!("{}", openapi::document_json()),
    }
    Ok(())
}
