-- revision: v20241119103819
-- down_revision: v20241114103646
-- message: Unleash/unleash make_potentially_stale_non_nullable

-- migrate:up
UPDATE features
        SET potentially_stale = FALSE
        WHERE potentially_stale IS NULL;

        ALTER TABLE features
        ALTER COLUMN potentially_stale SET DEFAULT FALSE;
        ALTER TABLE features
        ALTER COLUMN potentially_stale SET NOT NULL;

-- migrate:down irreversible
