#!/usr/bin/env bash
# bench/remind.sh RECORDS
#
# The reminder pass of docs/PERFORMANCE.md, on a generated corpus of RECORDS records (plus the demo
# data): one focal point for every State with authorities and five administrators, then
# `cna remind` twice with the system's clock, the authorities' last confirmations spread evenly over
# the last two years first (so that about 54% of them are due): the first pass writes every digest, its links and the summaries to the
# outbox, the second finds nothing new. Without an SMTP server, so the time is the decision's and the
# writes'. Uses DATABASE_URL's server, or the private cluster of scripts/dev; CNA_BENCH_REUSE=1
# reuses the database an earlier run of a bench script loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:?usage: bench/remind.sh RECORDS}
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_prepare "$records"

say "accounts: a focal point per State with authorities, five administrators; an empty outbox"
psql -q "$DATABASE_URL" <<'SQL'
DELETE FROM reminders_sent; DELETE FROM summaries_sent; DELETE FROM outbox;
DELETE FROM confirmation_links;
INSERT INTO users (id, email, password_hash, role, country, active, tokens_valid_after, created_at,
                   updated_at, language)
SELECT gen_random_uuid(), 'fp.' || lower(country) || '@bench.example', '$argon2id$none', 'focal_point', country,
       true, now(), now(), now(), (ARRAY['ar', 'zh', 'en', 'fr', 'ru', 'es'])[1 + abs(hashtext(country)) % 6]
  FROM (SELECT DISTINCT country FROM authorities) s
ON CONFLICT DO NOTHING;
INSERT INTO users (id, email, password_hash, role, active, tokens_valid_after, created_at, updated_at)
SELECT gen_random_uuid(), 'admin' || n || '@bench.example', '$argon2id$none', 'admin', true, now(), now(), now()
  FROM generate_series(1, 5) n
ON CONFLICT DO NOTHING;
-- Benchmark set-up only: the corpus was confirmed when it was imported.
UPDATE authorities SET last_confirmed_at = now() - interval '730 days' * (abs(hashtext(id::text)) / 2147483647.0),
                       last_confirmed_by = coalesce(last_confirmed_by, 'bench');
SQL
psql -qtA "$DATABASE_URL" -c "SELECT count(*) || ' active authorities, ' ||
    count(*) FILTER (WHERE coalesce(last_confirmed_at, created_at) < now() - interval '335 days')
    || ' due or stale' FROM authorities WHERE status = 'active'"

say "first pass: every digest, link and summary written"
/usr/bin/time -f "first pass: %e s wall, %M KiB peak RSS" $cna remind
psql -qtA "$DATABASE_URL" -c "SELECT count(*) || ' messages, ' || pg_size_pretty(sum(octet_length(body))::bigint)
    || ' of text, largest ' || pg_size_pretty(max(octet_length(body))::bigint) FROM outbox"
say "second pass: nothing new"
/usr/bin/time -f "second pass: %e s wall, %M KiB peak RSS" $cna remind
