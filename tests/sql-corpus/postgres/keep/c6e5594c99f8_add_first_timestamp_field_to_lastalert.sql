-- revision: c6e5594c99f8
-- down_revision: bdae8684d0b4
-- message: keephq/keep add_first_timestamp_field_to_lastalert

-- migrate:up
-- alembic: upgrade bdae8684d0b4 -> c6e5594c99f8

ALTER TABLE incident ALTER COLUMN fingerprint TYPE TEXT;

ALTER TABLE lastalert ADD COLUMN first_timestamp TIMESTAMP WITHOUT TIME ZONE;

CREATE INDEX ix_lastalert_first_timestamp ON lastalert (first_timestamp);

-- migrate:down
-- alembic: downgrade c6e5594c99f8 -> bdae8684d0b4

DROP INDEX ix_lastalert_first_timestamp;

ALTER TABLE lastalert DROP COLUMN first_timestamp;
