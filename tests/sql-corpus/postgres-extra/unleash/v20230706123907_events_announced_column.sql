-- revision: v20230706123907
-- down_revision: v20230630080126
-- message: Unleash/unleash events_announced_column

-- migrate:up
ALTER TABLE events
            ADD COLUMN IF NOT EXISTS "announced" BOOLEAN DEFAULT TRUE,
            ALTER COLUMN "announced" SET DEFAULT FALSE;

-- migrate:down irreversible
