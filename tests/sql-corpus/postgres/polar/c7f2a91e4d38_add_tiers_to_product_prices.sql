-- revision: c7f2a91e4d38
-- down_revision: f3d81c25ab90
-- message: polarsource/polar add_tiers_to_product_prices

-- migrate:up
-- alembic: upgrade f3d81c25ab90 -> c7f2a91e4d38

SET LOCAL lock_timeout = '30s';

ALTER TABLE product_prices ADD COLUMN tiers JSONB;

ALTER TABLE product_prices ADD COLUMN minimum_units BIGINT;

ALTER TABLE product_prices ADD COLUMN maximum_units BIGINT;

-- migrate:down
-- alembic: downgrade c7f2a91e4d38 -> f3d81c25ab90

SET LOCAL lock_timeout = '30s';

ALTER TABLE product_prices DROP COLUMN maximum_units;

ALTER TABLE product_prices DROP COLUMN minimum_units;

ALTER TABLE product_prices DROP COLUMN tiers;
