-- revision: v20210602115555
-- down_revision: v20210520171325
-- message: Unleash/unleash create_feedback_table

-- migrate:up
CREATE TABLE IF NOT EXISTS user_feedback 
      (user_id INTEGER NOT NULL references users (id), 
      feedback_id TEXT, 
      given TIMESTAMP WITH TIME ZONE, 
      neverShow BOOLEAN NOT NULL DEFAULT false, 
      PRIMARY KEY (user_id, feedback_id));
      CREATE INDEX user_feedback_user_id_idx ON user_feedback (user_id);

-- migrate:down irreversible
