-- revision: 72c8a2d0ea56
-- down_revision: f555e6c3e8f1
-- message: polarsource/polar add_customers_first_user_event_at

-- migrate:up
-- alembic: upgrade f555e6c3e8f1 -> 72c8a2d0ea56

SET LOCAL lock_timeout = '30s';

ALTER TABLE customers ADD COLUMN first_user_event_at TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 72c8a2d0ea56 -> f555e6c3e8f1

SET LOCAL lock_timeout = '30s';

ALTER TABLE customers DROP COLUMN first_user_event_at;
