-- revision: v20231221143955
-- down_revision: v20231219100343
-- message: Unleash/unleash feedback_table

-- migrate:up
CREATE TABLE IF NOT EXISTS feedback
            (
                id SERIAL PRIMARY KEY NOT NULL,
                category TEXT NOT NULL,
                user_type TEXT,
                difficulty_score INTEGER,
                positive TEXT,
                areas_for_improvement TEXT,
                created_at TIMESTAMP WITH TIME ZONE DEFAULT now()
            );

-- migrate:down irreversible
