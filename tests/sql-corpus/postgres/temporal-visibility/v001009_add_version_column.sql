-- revision: v001009
-- down_revision: v001008
-- message: temporalio/temporal add_version_column

-- migrate:up
ALTER TABLE executions_visibility ADD COLUMN _version BIGINT NOT NULL DEFAULT 0;

-- migrate:down irreversible
