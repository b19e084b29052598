-- revision: v128
-- down_revision: v127
-- message: miniflux/v2 migration_128

-- migrate:up
DELETE FROM integrations WHERE user_id NOT IN (SELECT id FROM users);

ALTER TABLE integrations
	ADD CONSTRAINT integrations_user_id_fkey
	FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;

-- migrate:down irreversible
