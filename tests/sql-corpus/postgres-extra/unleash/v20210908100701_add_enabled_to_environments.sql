-- revision: v20210908100701
-- down_revision: v20210907124850
-- message: Unleash/unleash add_enabled_to_environments

-- migrate:up
ALTER TABLE environments ADD COLUMN enabled BOOLEAN DEFAULT true;

-- migrate:down irreversible
