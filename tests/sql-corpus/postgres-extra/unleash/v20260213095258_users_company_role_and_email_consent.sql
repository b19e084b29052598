-- revision: v20260213095258
-- down_revision: v20260204150900
-- message: Unleash/unleash users_company_role_and_email_consent

-- migrate:up
ALTER TABLE users
            ADD COLUMN IF NOT EXISTS company_role TEXT,
            ADD COLUMN IF NOT EXISTS product_updates_email_consent BOOLEAN;

-- migrate:down irreversible
