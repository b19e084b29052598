-- revision: v20250312162155
-- down_revision: v20250307124449
-- message: Unleash/unleash connection_count_consumption_table

-- migrate:up
CREATE TABLE IF NOT EXISTS request_count_consumption(
            day DATE NOT NULL,
            metered_group TEXT NOT NULL,
            requests BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY(day, metered_group)
            );

-- migrate:down irreversible
