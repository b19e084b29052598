-- revision: v20241105123918
-- down_revision: v20241031123526
-- message: Unleash/unleash add_cascade_for_user_unsubscription

-- migrate:up
ALTER TABLE user_unsubscription DROP CONSTRAINT user_unsubscription_user_id_fkey;
    ALTER TABLE user_unsubscription
        ADD CONSTRAINT user_unsubscription_user_id_fkey
        FOREIGN KEY (user_id)
        REFERENCES users(id) ON DELETE CASCADE;

-- migrate:down irreversible
