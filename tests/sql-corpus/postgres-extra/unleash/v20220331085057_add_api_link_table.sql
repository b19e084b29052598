-- revision: v20220331085057
-- down_revision: v20220307130902
-- message: Unleash/unleash add_api_link_table

-- migrate:up
CREATE TABLE IF NOT EXISTS api_token_project
        (
            secret     text NOT NULL,
            project    text NOT NULL,
            FOREIGN KEY (secret) REFERENCES api_tokens (secret) ON DELETE CASCADE,
            FOREIGN KEY (project) REFERENCES projects(id) ON DELETE CASCADE
        );

        INSERT INTO api_token_project SELECT secret, project FROM api_tokens WHERE project IS NOT NULL;

        ALTER TABLE api_tokens DROP COLUMN "project";

-- migrate:down irreversible
