-- revision: a83cf131398d
-- down_revision: c7f2a91e4d38
-- message: polarsource/polar add_units_columns_for_unit_based_pricing

-- migrate:up
-- alembic: upgrade c7f2a91e4d38 -> a83cf131398d

SET LOCAL lock_timeout = '5s';

ALTER TABLE checkouts ADD COLUMN units INTEGER;

ALTER TABLE checkouts ADD COLUMN min_units INTEGER;

ALTER TABLE checkouts ADD COLUMN max_units INTEGER;

ALTER TABLE checkout_links ADD COLUMN units INTEGER;

ALTER TABLE subscriptions ADD COLUMN units INTEGER;

ALTER TABLE subscription_updates ADD COLUMN units INTEGER;

ALTER TABLE orders ADD COLUMN units INTEGER;

ALTER TABLE product_prices ADD COLUMN unit_label JSONB;

-- migrate:down
-- alembic: downgrade a83cf131398d -> c7f2a91e4d38

SET LOCAL lock_timeout = '5s';

ALTER TABLE product_prices DROP COLUMN unit_label;

ALTER TABLE orders DROP COLUMN units;

ALTER TABLE subscription_updates DROP COLUMN units;

ALTER TABLE subscriptions DROP COLUMN units;

ALTER TABLE checkout_links DROP COLUMN units;

ALTER TABLE checkouts DROP COLUMN max_units;

ALTER TABLE checkouts DROP COLUMN min_units;

ALTER TABLE checkouts DROP COLUMN units;
