-- revision: 55361f323d12
-- down_revision: f60958968ff8
-- message: LAION-AI/Open-Assistant add_tos_acceptance_date_to_user

-- migrate:up
-- alembic: upgrade f60958968ff8 -> 55361f323d12

ALTER TABLE "user" ADD COLUMN tos_acceptance_date TIMESTAMP WITH TIME ZONE;

ALTER TABLE user_stats DROP COLUMN streak_days;

ALTER TABLE user_stats DROP COLUMN streak_last_day_date;

-- migrate:down
-- alembic: downgrade 55361f323d12 -> f60958968ff8

ALTER TABLE user_stats ADD COLUMN streak_last_day_date TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE user_stats ADD COLUMN streak_days INTEGER;

ALTER TABLE "user" DROP COLUMN tos_acceptance_date;
