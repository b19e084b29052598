-- revision: v46
-- down_revision: v45
-- message: MarquezProject/marquez add_hidden_column_to_jobs_and_datasets

-- migrate:up
ALTER TABLE datasets ADD COLUMN is_hidden BOOLEAN DEFAULT FALSE;

ALTER TABLE jobs ADD COLUMN is_hidden BOOLEAN DEFAULT FALSE;

-- migrate:down irreversible
