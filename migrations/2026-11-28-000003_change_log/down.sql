DROP TRIGGER change_log_notify ON change_log;
DROP FUNCTION cna_notify_change();
DROP TABLE change_log;
