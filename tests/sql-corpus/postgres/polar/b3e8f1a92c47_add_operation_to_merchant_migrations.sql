-- revision: b3e8f1a92c47
-- down_revision: 89e805c471b0
-- message: polarsource/polar add_operation_to_merchant_migrations

-- migrate:up
-- alembic: upgrade 89e805c471b0 -> b3e8f1a92c47

SET LOCAL lock_timeout = '30s';

ALTER TABLE merchant_migrations ADD COLUMN operation JSONB;

-- migrate:down
-- alembic: downgrade b3e8f1a92c47 -> 89e805c471b0

SET LOCAL lock_timeout = '30s';

ALTER TABLE merchant_migrations DROP COLUMN operation;
