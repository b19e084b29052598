-- revision: v20220912165344
-- down_revision: v20220908093515
-- message: Unleash/unleash pat_tokens

-- migrate:up
CREATE TABLE personal_access_tokens (
            secret text not null primary key,
            description text,
            user_id integer not null references users (id) ON DELETE CASCADE,
            expires_at  timestamp with time zone NOT NULL,
            seen_at  timestamp with time zone,
            created_at  timestamp with time zone not null DEFAULT now()
        );

-- migrate:down irreversible
