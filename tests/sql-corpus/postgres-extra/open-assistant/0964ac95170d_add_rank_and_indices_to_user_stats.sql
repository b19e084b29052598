-- revision: 0964ac95170d
-- down_revision: 423557e869e4
-- message: LAION-AI/Open-Assistant add_rank_and_indices_to_user_stats

-- migrate:up
-- alembic: upgrade 423557e869e4 -> 0964ac95170d

ALTER TABLE user_stats ADD COLUMN rank INTEGER;

CREATE UNIQUE INDEX ix_user_stats__timeframe__rank__user_id ON user_stats (time_frame, rank, user_id);

CREATE UNIQUE INDEX ix_user_stats__timeframe__user_id ON user_stats (time_frame, user_id);

-- migrate:down
-- alembic: downgrade 0964ac95170d -> 423557e869e4

DROP INDEX ix_user_stats__timeframe__user_id;

DROP INDEX ix_user_stats__timeframe__rank__user_id;

ALTER TABLE user_stats DROP COLUMN rank;
