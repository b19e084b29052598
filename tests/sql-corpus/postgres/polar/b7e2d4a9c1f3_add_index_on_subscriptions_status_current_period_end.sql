-- revision: b7e2d4a9c1f3
-- down_revision: a1c2f95b7d31
-- message: polarsource/polar add_index_on_subscriptions_status_current_period_end
-- transactional: false

-- migrate:up
-- alembic: upgrade a1c2f95b7d31 -> b7e2d4a9c1f3

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_status_current_period_end;

CREATE INDEX CONCURRENTLY ix_subscriptions_status_current_period_end ON subscriptions (status, current_period_end);

-- migrate:down
-- alembic: downgrade b7e2d4a9c1f3 -> a1c2f95b7d31

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_status_current_period_end;
