-- revision: 915a09233568
-- down_revision: 37f4ba372112
-- message: polarsource/polar add_partial_indexes_for_subscription_scheduler_queries
-- transactional: false

-- migrate:up
-- alembic: upgrade 37f4ba372112 -> 915a09233568

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_cycle_schedule;

CREATE INDEX CONCURRENTLY ix_subscriptions_cycle_schedule ON subscriptions (current_period_end) WHERE scheduler_locked_at IS NULL AND status IN ('trialing', 'active') AND current_period_end IS NOT NULL;

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_resume_schedule;

CREATE INDEX CONCURRENTLY ix_subscriptions_resume_schedule ON subscriptions (resumes_at) WHERE scheduler_locked_at IS NULL AND status = 'paused' AND resumes_at IS NOT NULL;

-- migrate:down
-- alembic: downgrade 915a09233568 -> 37f4ba372112

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_cycle_schedule;

DROP INDEX CONCURRENTLY IF EXISTS ix_subscriptions_resume_schedule;
