-- revision: c3f9de841eed
-- down_revision: 2ccabcca866d
-- message: polarsource/polar add_meter_interval_to_product_and_subscription

-- migrate:up
-- alembic: upgrade 2ccabcca866d -> c3f9de841eed

SET LOCAL lock_timeout = '5s';

ALTER TABLE products ADD COLUMN meter_interval VARCHAR;

ALTER TABLE products ADD COLUMN meter_interval_count INTEGER;

ALTER TABLE subscriptions ADD COLUMN meter_interval VARCHAR;

ALTER TABLE subscriptions ADD COLUMN meter_interval_count INTEGER;

ALTER TABLE subscriptions ADD COLUMN current_meter_period_start TIMESTAMP WITH TIME ZONE;

ALTER TABLE subscriptions ADD COLUMN current_meter_period_end TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade c3f9de841eed -> 2ccabcca866d

SET LOCAL lock_timeout = '5s';

ALTER TABLE subscriptions DROP COLUMN current_meter_period_end;

ALTER TABLE subscriptions DROP COLUMN current_meter_period_start;

ALTER TABLE subscriptions DROP COLUMN meter_interval_count;

ALTER TABLE subscriptions DROP COLUMN meter_interval;

ALTER TABLE products DROP COLUMN meter_interval_count;

ALTER TABLE products DROP COLUMN meter_interval;
