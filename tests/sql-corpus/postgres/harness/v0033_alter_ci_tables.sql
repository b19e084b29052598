-- revision: v0033
-- down_revision: v0032
-- message: harness/harness alter_ci_tables

-- migrate:up
ALTER TABLE plugins
    ADD COLUMN plugin_type TEXT NOT NULL,
    ADD COLUMN plugin_version TEXT NOT NULL;

-- migrate:down irreversible
