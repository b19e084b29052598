-- revision: 7b687c555318
-- down_revision: eddcb77eb6f3
-- message: keephq/keep recalculate_alerts_count_for_incidents

-- migrate:up
-- alembic: upgrade eddcb77eb6f3 -> 7b687c555318

-- migrate:down
-- alembic: downgrade 7b687c555318 -> eddcb77eb6f3
