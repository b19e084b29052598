-- revision: 7c98102efbca
-- down_revision: 619255ae9076
-- message: LAION-AI/Open-Assistant change_user_stats_ranking_counts

-- migrate:up
-- alembic: upgrade 619255ae9076 -> 7c98102efbca

DROP TABLE user_stats;

CREATE TABLE user_stats (
    user_id UUID NOT NULL,
    modified_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    base_date TIMESTAMP WITHOUT TIME ZONE,
    time_frame VARCHAR NOT NULL,
    leader_score INTEGER NOT NULL,
    prompts INTEGER NOT NULL,
    replies_assistant INTEGER NOT NULL,
    replies_prompter INTEGER NOT NULL,
    labels_simple INTEGER NOT NULL,
    labels_full INTEGER NOT NULL,
    rankings_total INTEGER NOT NULL,
    rankings_good INTEGER NOT NULL,
    accepted_prompts INTEGER NOT NULL,
    accepted_replies_assistant INTEGER NOT NULL,
    accepted_replies_prompter INTEGER NOT NULL,
    reply_ranked_1 INTEGER NOT NULL,
    reply_ranked_2 INTEGER NOT NULL,
    reply_ranked_3 INTEGER NOT NULL,
    streak_last_day_date TIMESTAMP WITHOUT TIME ZONE,
    streak_days INTEGER,
    PRIMARY KEY (user_id, time_frame),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

-- migrate:down
-- alembic: downgrade 7c98102efbca -> 619255ae9076

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_3 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_1 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_2 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_2 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_prompter_ranked_1 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats ADD COLUMN reply_assistant_ranked_3 INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE user_stats DROP COLUMN reply_ranked_3;

ALTER TABLE user_stats DROP COLUMN reply_ranked_2;

ALTER TABLE user_stats DROP COLUMN reply_ranked_1;
