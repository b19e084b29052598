-- revision: v20200615102232
-- down_revision: v20200116134800
-- message: heroiclabs/nakama apple

-- migrate:up
ALTER TABLE users
    ADD COLUMN apple_id VARCHAR(128) UNIQUE;


-- migrate:down
ALTER TABLE users
    DROP COLUMN IF EXISTS apple_id;
