-- revision: 2a6132b443ab
-- down_revision: 971abbbf0a2c
-- message: keephq/keep remove_alert_fingerprint_constraint_for_postgresql

-- migrate:up
-- alembic: upgrade 971abbbf0a2c -> 2a6132b443ab

-- migrate:down
-- alembic: downgrade 2a6132b443ab -> 971abbbf0a2c

ALTER TABLE alertenrichment ADD CONSTRAINT alertenrichment_alert_fingerprint_key UNIQUE (alert_fingerprint);
