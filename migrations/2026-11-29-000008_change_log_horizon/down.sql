DROP TABLE change_log_horizon;
