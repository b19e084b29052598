-- revision: v20210618100913
-- down_revision: v20210618091331
-- message: Unleash/unleash add_cascade_for_user_feedback

-- migrate:up
ALTER TABLE user_feedback DROP CONSTRAINT user_feedback_user_id_fkey;
    ALTER TABLE user_feedback 
        ADD CONSTRAINT user_feedback_user_id_fkey 
        FOREIGN KEY (user_id) 
        REFERENCES users(id) ON DELETE CASCADE;

-- migrate:down irreversible
