-- revision: 3ad5308e7200
-- down_revision: 3f056d747d9e
-- message: keephq/keep new_types_for_ai_config

-- migrate:up
-- alembic: upgrade 3f056d747d9e -> 3ad5308e7200

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings TYPE JSON USING settings::json;

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings DROP NOT NULL;

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings_proposed_by_algorithm TYPE JSON USING settings::json;

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN feedback_logs TYPE TEXT;

-- migrate:down
-- alembic: downgrade 3ad5308e7200 -> 3f056d747d9e

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN feedback_logs TYPE VARCHAR(255);

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings_proposed_by_algorithm TYPE VARCHAR(255);

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings TYPE VARCHAR(255);

ALTER TABLE externalaiconfigandmetadata ALTER COLUMN settings SET NOT NULL;
