-- revision: 718f3b9ee0f5
-- down_revision: d5f2b8e1c3a9
-- message: polarsource/polar fix_ended_past_due_subscriptions

-- migrate:up
-- alembic: upgrade d5f2b8e1c3a9 -> 718f3b9ee0f5

SET LOCAL lock_timeout = '5s';

UPDATE subscriptions
            SET status = 'canceled'
            WHERE status = 'past_due'
              AND ended_at IS NOT NULL;

-- migrate:down
-- alembic: downgrade 718f3b9ee0f5 -> d5f2b8e1c3a9

SET LOCAL lock_timeout = '5s';
