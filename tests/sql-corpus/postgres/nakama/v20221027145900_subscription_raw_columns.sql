-- revision: v20221027145900
-- down_revision: v20220426122825
-- message: heroiclabs/nakama subscription_raw_columns

-- migrate:up
ALTER TABLE subscription
    ADD COLUMN IF NOT EXISTS raw_response     JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS raw_notification JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS refund_time      TIMESTAMPTZ NOT NULL DEFAULT '1970-01-01 00:00:00 UTC';

ALTER TABLE purchase
    ADD COLUMN IF NOT EXISTS refund_time TIMESTAMPTZ NOT NULL DEFAULT '1970-01-01 00:00:00 UTC';


-- migrate:down
ALTER TABLE subscription
    DROP COLUMN IF EXISTS raw_response,
    DROP COLUMN IF EXISTS raw_notification,
    DROP COLUMN IF EXISTS refund_time;

ALTER TABLE purchase
    DROP COLUMN IF EXISTS refund_time;
