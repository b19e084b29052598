-- revision: 619255ae9076
-- down_revision: bcc2fe18d214
-- message: LAION-AI/Open-Assistant add_rank_to_message_table

-- migrate:up
-- alembic: upgrade bcc2fe18d214 -> 619255ae9076

ALTER TABLE message ADD COLUMN rank INTEGER;

ALTER TABLE message_toxicity ADD COLUMN score FLOAT;

ALTER TABLE message_toxicity ADD COLUMN label VARCHAR(256) NOT NULL;

ALTER TABLE message_toxicity DROP COLUMN toxicity;

ALTER TABLE user_stats ADD COLUMN time_frame VARCHAR NOT NULL;

ALTER TABLE user_stats ADD COLUMN prompts INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN replies_assistant INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN replies_prompter INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN labels_simple INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN labels_full INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN rankings_total INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN rankings_good INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN accepted_prompts INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN accepted_replies_assistant INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN accepted_replies_prompter INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_1 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_2 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_3 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_1 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_2 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_3 INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN streak_last_day_date TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE user_stats ADD COLUMN streak_days INTEGER;

ALTER TABLE user_stats DROP COLUMN messages;

ALTER TABLE user_stats DROP COLUMN upvotes;

ALTER TABLE user_stats DROP COLUMN task_reward;

ALTER TABLE user_stats DROP COLUMN compare_wins;

ALTER TABLE user_stats DROP COLUMN compare_losses;

ALTER TABLE user_stats DROP COLUMN downvotes;

ALTER TABLE user_stats DROP COLUMN reactions;

-- migrate:down
-- alembic: downgrade 619255ae9076 -> bcc2fe18d214

ALTER TABLE user_stats ADD COLUMN reactions INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN downvotes INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN compare_losses INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN compare_wins INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN task_reward INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN upvotes INTEGER NOT NULL;

ALTER TABLE user_stats ADD COLUMN messages INTEGER NOT NULL;

ALTER TABLE user_stats DROP COLUMN streak_days;

ALTER TABLE user_stats DROP COLUMN streak_last_day_date;

ALTER TABLE user_stats DROP COLUMN reply_prompter_ranked_3;

ALTER TABLE user_stats DROP COLUMN reply_prompter_ranked_2;

ALTER TABLE user_stats DROP COLUMN reply_prompter_ranked_1;

ALTER TABLE user_stats DROP COLUMN reply_assistant_ranked_3;

ALTER TABLE user_stats DROP COLUMN reply_assistant_ranked_2;

ALTER TABLE user_stats DROP COLUMN reply_assistant_ranked_1;

ALTER TABLE user_stats DROP COLUMN accepted_replies_prompter;

ALTER TABLE user_stats DROP COLUMN accepted_replies_assistant;

ALTER TABLE user_stats DROP COLUMN accepted_prompts;

ALTER TABLE user_stats DROP COLUMN rankings_good;

ALTER TABLE user_stats DROP COLUMN rankings_total;

ALTER TABLE user_stats DROP COLUMN labels_full;

ALTER TABLE user_stats DROP COLUMN labels_simple;

ALTER TABLE user_stats DROP COLUMN replies_prompter;

ALTER TABLE user_stats DROP COLUMN replies_assistant;

ALTER TABLE user_stats DROP COLUMN prompts;

ALTER TABLE user_stats DROP COLUMN time_frame;

ALTER TABLE message_toxicity ADD COLUMN toxicity DOUBLE PRECISION;

ALTER TABLE message_toxicity DROP COLUMN label;

ALTER TABLE message_toxicity DROP COLUMN score;

ALTER TABLE message DROP COLUMN rank;
