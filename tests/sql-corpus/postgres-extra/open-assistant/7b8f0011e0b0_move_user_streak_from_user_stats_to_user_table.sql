-- revision: 7b8f0011e0b0
-- down_revision: 49d8445b4c90
-- message: LAION-AI/Open-Assistant move_user_streak_from_user_stats_to_user_table

-- migrate:up
-- alembic: upgrade 49d8445b4c90 -> 7b8f0011e0b0

ALTER TABLE "user" ADD COLUMN streak_last_day_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE "user" ADD COLUMN streak_days INTEGER;

ALTER TABLE "user" ADD COLUMN last_activity_date TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 7b8f0011e0b0 -> 49d8445b4c90

ALTER TABLE "user" DROP COLUMN streak_days;

ALTER TABLE "user" DROP COLUMN streak_last_day_date;

ALTER TABLE "user" DROP COLUMN last_activity_date;
