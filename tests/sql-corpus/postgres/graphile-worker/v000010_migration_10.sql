-- revision: v000010
-- down_revision: v000009
-- message: graphile/worker migration_10

-- migrate:up
alter table graphile_worker.jobs alter column queue_name drop default;

-- migrate:down irreversible
