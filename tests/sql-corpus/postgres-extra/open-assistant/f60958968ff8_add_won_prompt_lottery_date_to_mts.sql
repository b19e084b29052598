-- revision: f60958968ff8
-- down_revision: 7b8f0011e0b0
-- message: LAION-AI/Open-Assistant add_won_prompt_lottery_date_to_mts

-- migrate:up
-- alembic: upgrade 7b8f0011e0b0 -> f60958968ff8

ALTER TABLE message_tree_state ADD COLUMN won_prompt_lottery_date TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade f60958968ff8 -> 7b8f0011e0b0

ALTER TABLE message_tree_state DROP COLUMN won_prompt_lottery_date;
