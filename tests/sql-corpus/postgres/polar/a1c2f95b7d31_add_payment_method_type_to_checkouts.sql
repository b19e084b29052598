-- revision: a1c2f95b7d31
-- down_revision: 55a5e94aaf9d
-- message: polarsource/polar add_payment_method_type_to_checkouts

-- migrate:up
-- alembic: upgrade 55a5e94aaf9d -> a1c2f95b7d31

SET LOCAL lock_timeout = '5s';

ALTER TABLE checkouts ADD COLUMN payment_method_type VARCHAR;

-- migrate:down
-- alembic: downgrade a1c2f95b7d31 -> 55a5e94aaf9d

SET LOCAL lock_timeout = '5s';

ALTER TABLE checkouts DROP COLUMN payment_method_type;
