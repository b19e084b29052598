-- revision: 8e5942040de6
-- down_revision: 67f1efb93c99
-- message: keephq/keep summaries_added

-- migrate:up
-- alembic: upgrade 67f1efb93c99 -> 8e5942040de6

ALTER TABLE incident ADD COLUMN user_summary VARCHAR;

ALTER TABLE incident ADD COLUMN generated_summary VARCHAR;

-- migrate:down
-- alembic: downgrade 8e5942040de6 -> 67f1efb93c99

ALTER TABLE incident DROP COLUMN generated_summary;

ALTER TABLE incident DROP COLUMN user_summary;
