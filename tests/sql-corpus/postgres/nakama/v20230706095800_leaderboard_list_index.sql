-- revision: v20230706095800
-- down_revision: v20230222172540b
-- message: heroiclabs/nakama leaderboard_list_index

-- migrate:up
CREATE INDEX IF NOT EXISTS leaderboard_create_time_id_idx
    ON leaderboard (create_time ASC, id ASC);


-- migrate:down
DROP INDEX IF EXISTS leaderboard_create_time_id_idx;
