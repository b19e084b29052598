-- revision: v20240715155039
-- down_revision: v20230706095800
-- message: heroiclabs/nakama leaderboard_rank_enable

-- migrate:up
ALTER TABLE leaderboard ADD COLUMN IF NOT EXISTS enable_ranks boolean DEFAULT true;


-- migrate:down
ALTER TABLE leaderboard DROP COLUMN IF EXISTS enable_ranks;
