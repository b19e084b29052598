-- revision: v0155
-- down_revision: v0154
-- message: harness/harness migrate_rpm_artifacts

-- migrate:up
select 1;

-- migrate:down
select 1;
