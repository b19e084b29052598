-- revision: v20250813142433
-- down_revision: v20250813125755
-- message: Unleash/unleash consumption_origin

-- migrate:up
ALTER TABLE request_count_consumption
                ADD COLUMN origin TEXT NOT NULL DEFAULT 'sdk';

            ALTER TABLE request_count_consumption
            DROP CONSTRAINT request_count_consumption_pkey,
                ADD PRIMARY KEY(day, metered_group, origin);

            ALTER TABLE connection_count_consumption
                ADD COLUMN origin TEXT NOT NULL DEFAULT 'sdk';

            ALTER TABLE connection_count_consumption
            DROP CONSTRAINT connection_count_consumption_pkey,
                ADD PRIMARY KEY(day, metered_group, origin);

-- migrate:down irreversible
