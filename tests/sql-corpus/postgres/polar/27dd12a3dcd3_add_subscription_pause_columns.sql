-- revision: 27dd12a3dcd3
-- down_revision: 94bf1c4552b6
-- message: polarsource/polar add_subscription_pause_columns

-- migrate:up
-- alembic: upgrade 94bf1c4552b6 -> 27dd12a3dcd3

SET LOCAL lock_timeout = '5s';

ALTER TABLE subscriptions ADD COLUMN pause_at_period_end BOOLEAN;

ALTER TABLE subscriptions ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE subscriptions ADD COLUMN resumes_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_subscriptions_paused_at ON subscriptions (paused_at);

CREATE INDEX ix_subscriptions_resumes_at ON subscriptions (resumes_at);

-- migrate:down
-- alembic: downgrade 27dd12a3dcd3 -> 94bf1c4552b6

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_subscriptions_resumes_at;

DROP INDEX ix_subscriptions_paused_at;

ALTER TABLE subscriptions DROP COLUMN resumes_at;

ALTER TABLE subscriptions DROP COLUMN paused_at;

ALTER TABLE subscriptions DROP COLUMN pause_at_period_end;
