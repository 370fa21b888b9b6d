-- How far the change log has been pruned (`cna prune-changes`): every change up to this position is
-- gone, so a feed cursor before it cannot be served (410) and a search index that stopped before it
-- is rebuilt. No row: nothing was ever pruned.
CREATE TABLE change_log_horizon (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    txid     xid8 NOT NULL,
    seq      bigint NOT NULL,
    pruned_at timestamptz NOT NULL DEFAULT now()
);
