-- revision: v0153
-- down_revision: v0152
-- message: harness/harness migrate_artifacts

-- migrate:up
select 1;

-- migrate:down
select 1;
