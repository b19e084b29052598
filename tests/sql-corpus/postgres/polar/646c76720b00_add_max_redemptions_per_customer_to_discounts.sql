-- revision: 646c76720b00
-- down_revision: b7e2d4a9c1f3
-- message: polarsource/polar add_max_redemptions_per_customer_to_discounts

-- migrate:up
-- alembic: upgrade b7e2d4a9c1f3 -> 646c76720b00

SET LOCAL lock_timeout = '5s';

ALTER TABLE discounts ADD COLUMN max_redemptions_per_customer INTEGER;

-- migrate:down
-- alembic: downgrade 646c76720b00 -> b7e2d4a9c1f3

SET LOCAL lock_timeout = '5s';

ALTER TABLE discounts DROP COLUMN max_redemptions_per_customer;
