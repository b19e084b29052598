-- revision: v20210304115810
-- down_revision: v20210302080040
-- message: Unleash/unleash change_default_timestamp_to_now

-- migrate:up
ALTER TABLE client_applications ALTER COLUMN created_at SET DEFAULT now();
        ALTER TABLE client_applications ALTER COLUMN updated_at SET DEFAULT now();
        ALTER TABLE context_fields ALTER COLUMN created_at SET DEFAULT now();
        ALTER TABLE context_fields ALTER COLUMN updated_at SET DEFAULT now();
        ALTER TABLE projects ALTER COLUMN created_at SET DEFAULT now();
        ALTER TABLE users ALTER COLUMN created_at SET DEFAULT now();

-- migrate:down irreversible
