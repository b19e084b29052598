-- revision: 8495fffc409d
-- down_revision: 27dd12a3dcd3
-- message: polarsource/polar set_subscription_pause_at_period_end_not_null

-- migrate:up
-- alembic: upgrade 27dd12a3dcd3 -> 8495fffc409d

SET LOCAL lock_timeout = '5s';

UPDATE subscriptions SET pause_at_period_end = false WHERE pause_at_period_end IS NULL;

ALTER TABLE subscriptions ALTER COLUMN pause_at_period_end SET NOT NULL;

-- migrate:down
-- alembic: downgrade 8495fffc409d -> 27dd12a3dcd3

SET LOCAL lock_timeout = '5s';

ALTER TABLE subscriptions ALTER COLUMN pause_at_period_end DROP NOT NULL;
