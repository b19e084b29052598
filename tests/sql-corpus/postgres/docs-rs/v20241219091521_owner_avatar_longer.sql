-- revision: v20241219091521
-- down_revision: v20241106085600
-- message: rust-lang/docs.rs owner_avatar_longer

-- migrate:up
ALTER TABLE owners ALTER COLUMN avatar TYPE TEXT;

-- migrate:down
UPDATE owners SET avatar = '' WHERE LENGTH(avatar) > 255;
ALTER TABLE owners ALTER COLUMN avatar TYPE VARCHAR(255);
