-- revision: 55cc64020f6d
-- down_revision: c6e5594c99f8
-- message: keephq/keep add_alert_hash_to_lastalert

-- migrate:up
-- alembic: upgrade c6e5594c99f8 -> 55cc64020f6d

ALTER TABLE lastalert ADD COLUMN alert_hash VARCHAR;

CREATE INDEX ix_lastalert_alert_hash ON lastalert (alert_hash);

-- migrate:down
-- alembic: downgrade 55cc64020f6d -> c6e5594c99f8

DROP INDEX ix_lastalert_alert_hash;

ALTER TABLE lastalert DROP COLUMN alert_hash;
