-- The change log (spec section 3): one row per committed change to a record, written in the same
-- transaction as the change itself. Readers (the search indexer, the partner feed) order it by
-- (txid, seq) and only read rows whose transaction is older than the oldest transaction still
-- running (pg_snapshot_xmin(pg_current_snapshot())): a transaction that commits late can then never
-- be skipped by a reader that already went past rows of transactions that committed before it.
CREATE TABLE change_log (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    entity     text NOT NULL CHECK (entity IN ('authority', 'legislation', 'case')),
    entity_id  uuid NOT NULL,
    operation  text NOT NULL CHECK (operation IN ('upsert', 'delete')),
    version    bigint NOT NULL CHECK (version > 0),
    country    text NOT NULL REFERENCES countries (iso3),
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX change_log_order_idx ON change_log (txid, seq);
CREATE INDEX change_log_entity_idx ON change_log (entity, entity_id);

-- Wakes every server process that tails the log as soon as a change commits.
CREATE FUNCTION cna_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cna_changes', NEW.seq::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION cna_notify_change();
