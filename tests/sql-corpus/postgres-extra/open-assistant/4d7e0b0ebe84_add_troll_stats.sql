-- revision: 4d7e0b0ebe84
-- down_revision: 9e7ec4a9e3f2
-- message: LAION-AI/Open-Assistant add_troll_stats

-- migrate:up
-- alembic: upgrade 9e7ec4a9e3f2 -> 4d7e0b0ebe84

CREATE TABLE troll_stats (
    user_id UUID NOT NULL,
    base_date TIMESTAMP WITH TIME ZONE,
    modified_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    time_frame VARCHAR NOT NULL,
    troll_score INTEGER NOT NULL,
    rank INTEGER,
    red_flags INTEGER NOT NULL,
    upvotes INTEGER NOT NULL,
    downvotes INTEGER NOT NULL,
    spam_prompts INTEGER NOT NULL,
    quality FLOAT,
    humor FLOAT,
    toxicity FLOAT,
    violence FLOAT,
    helpfulness FLOAT,
    spam INTEGER NOT NULL,
    lang_mismach INTEGER NOT NULL,
    not_appropriate INTEGER NOT NULL,
    pii INTEGER NOT NULL,
    hate_speech INTEGER NOT NULL,
    sexual_content INTEGER NOT NULL,
    political_content INTEGER NOT NULL,
    PRIMARY KEY (user_id, time_frame),
    FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_troll_stats__timeframe__user_id ON troll_stats (time_frame, user_id);

-- migrate:down
-- alembic: downgrade 4d7e0b0ebe84 -> 9e7ec4a9e3f2

DROP INDEX ix_troll_stats__timeframe__user_id;

DROP TABLE troll_stats;
