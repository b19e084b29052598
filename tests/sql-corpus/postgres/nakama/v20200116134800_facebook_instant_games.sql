-- revision: v20200116134800
-- down_revision: v20180805174141
-- message: heroiclabs/nakama facebook_instant_games

-- migrate:up
ALTER TABLE users
    ADD COLUMN facebook_instant_game_id VARCHAR(128) UNIQUE;


-- migrate:down
ALTER TABLE users
    DROP COLUMN IF EXISTS facebook_instant_game_id;
