-- revision: f856bf19d32b
-- down_revision: c84fcd6900dc
-- message: LAION-AI/Open-Assistant add_user_show_on_leaderboard

-- migrate:up
-- alembic: upgrade c84fcd6900dc -> f856bf19d32b

ALTER TABLE "user" ADD COLUMN show_on_leaderboard BOOLEAN DEFAULT true NOT NULL;

-- migrate:down
-- alembic: downgrade f856bf19d32b -> c84fcd6900dc

ALTER TABLE "user" DROP COLUMN show_on_leaderboard;
