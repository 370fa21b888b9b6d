DROP TABLE webhook_deliveries;
ALTER TABLE partner_clients
    DROP CONSTRAINT partner_clients_webhook_check,
    DROP COLUMN webhook_next_attempt_at,
    DROP COLUMN webhook_failures,
    DROP COLUMN webhook_notified,
    DROP COLUMN webhook_secret,
    DROP COLUMN webhook_url;
