-- revision: v20240125085703
-- down_revision: v20240125084701
-- message: Unleash/unleash users_table_increae_image_url_size

-- migrate:up
ALTER TABLE users
                ALTER COLUMN image_url TYPE text;

-- migrate:down irreversible
