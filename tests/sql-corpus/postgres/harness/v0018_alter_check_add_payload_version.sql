-- revision: v0018
-- down_revision: v0017
-- message: harness/harness alter_check_add_payload_version

-- migrate:up
ALTER TABLE checks
    ADD COLUMN check_payload_version TEXT NOT NULL DEFAULT '',
    ADD COLUMN check_payload_kind TEXT NOT NULL DEFAULT '',
    DROP COLUMN check_type;

-- migrate:down
ALTER TABLE checks
    ADD COLUMN check_type TEXT NOT NULL DEFAULT '',
    DROP COLUMN check_payload_version,
    DROP COLUMN check_payload_kind;
