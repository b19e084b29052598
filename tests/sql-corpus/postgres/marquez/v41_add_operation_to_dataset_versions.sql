-- revision: v41
-- down_revision: v40
-- message: MarquezProject/marquez add_operation_to_dataset_versions

-- migrate:up
alter table dataset_versions add column lifecycle_state VARCHAR(63);
alter table datasets add column is_deleted BOOLEAN DEFAULT FALSE;

-- migrate:down irreversible
