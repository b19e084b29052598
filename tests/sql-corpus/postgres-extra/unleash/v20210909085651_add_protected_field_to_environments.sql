-- revision: v20210909085651
-- down_revision: v20210908100701
-- message: Unleash/unleash add_protected_field_to_environments

-- migrate:up
ALTER TABLE environments ADD COLUMN protected BOOLEAN DEFAULT false;
    UPDATE environments SET protected = true WHERE name = ':global:';

-- migrate:down irreversible
