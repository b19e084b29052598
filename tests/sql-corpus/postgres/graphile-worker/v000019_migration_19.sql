-- revision: v000019
-- down_revision: v000018
-- message: graphile/worker migration_19

-- migrate:up
--! breaking-change
-- This is just a breaking change marker for the v0.17 worker-centric to
-- pool-centric jump. The migration itself is not breaking.
select 1;

-- migrate:down irreversible
