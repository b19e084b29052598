-- revision: v20240305121426
-- down_revision: v20240305094305
-- message: Unleash/unleash add_created_at_environment_type_trends

-- migrate:up
ALTER TABLE IF EXISTS environment_type_trends
            ADD COLUMN created_at timestamp default now();

-- migrate:down irreversible
