-- revision: v20241021050229
-- down_revision: v20241018052241
-- message: rust-lang/docs.rs builds_started_finished

-- migrate:up
ALTER TABLE builds
    ADD COLUMN build_started TIMESTAMP WITH TIME ZONE;

ALTER TABLE builds
    RENAME COLUMN build_time TO build_finished;

-- migrate:down
ALTER TABLE builds DROP COLUMN build_started;
ALTER TABLE builds RENAME COLUMN build_finished TO build_time;
