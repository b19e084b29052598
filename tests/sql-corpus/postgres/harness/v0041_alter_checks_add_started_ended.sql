-- revision: v0041
-- down_revision: v0040
-- message: harness/harness alter_checks_add_started_ended

-- migrate:up
ALTER TABLE checks
    ADD COLUMN check_started BIGINT NOT NULL DEFAULT 0;
ALTER TABLE checks
    ADD COLUMN check_ended BIGINT NOT NULL DEFAULT 0;

UPDATE checks
SET check_started = check_created;

UPDATE checks
SET check_ended = check_updated;

-- migrate:down
ALTER TABLE checks DROP COLUMN check_started;
ALTER TABLE checks DROP COLUMN check_ended;
