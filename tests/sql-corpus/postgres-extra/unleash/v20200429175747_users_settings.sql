-- revision: v20200429175747
-- down_revision: v20200416201319
-- message: Unleash/unleash users_settings

-- migrate:up
ALTER TABLE users ADD "settings" json;
        ALTER TABLE users ADD "permissions" json;
        ALTER TABLE users ALTER COLUMN "permissions" SET DEFAULT '[]';
        ALTER TABLE users DROP COLUMN "system_id";

-- migrate:down irreversible
