-- revision: v20241024081537
-- down_revision: v20241024062521
-- message: Unleash/unleash sent_emails_table

-- migrate:up
CREATE TABLE IF NOT EXISTS emails_sent
    (
        id VARCHAR(255) NOT NULL,
        type VARCHAR(255) NOT NULL,
        created_at TIMESTAMP DEFAULT now(),
        payload JSONB NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (id, type)
    );

-- migrate:down irreversible
