-- revision: v20240823091442
-- down_revision: v20240821141555
-- message: Unleash/unleash normalize_token_types

-- migrate:up
UPDATE api_tokens
        SET type = 'client'
        WHERE type = 'CLIENT';

        UPDATE api_tokens
        SET type = 'admin'
        WHERE type = 'ADMIN';

        UPDATE api_tokens
        SET type = 'frontend'
        WHERE type = 'FRONTEND';

-- migrate:down irreversible
