-- revision: v20210928065411
-- down_revision: v20210922120521
-- message: Unleash/unleash remove_displayname_from_environments

-- migrate:up
ALTER TABLE environments
        DROP COLUMN display_name;

-- migrate:down irreversible
