-- revision: v124
-- down_revision: v123
-- message: miniflux/v2 migration_124

-- migrate:up
UPDATE user_sessions SET ip = '127.0.0.1'::inet WHERE ip IS NULL;
UPDATE user_sessions SET created_at = now() WHERE created_at IS NULL;
UPDATE user_sessions SET user_agent = '' WHERE user_agent IS NULL;
ALTER TABLE user_sessions
	ALTER COLUMN ip SET DEFAULT '127.0.0.1'::inet,
	ALTER COLUMN ip SET NOT NULL,
	ALTER COLUMN created_at SET DEFAULT now(),
	ALTER COLUMN created_at SET NOT NULL,
	ALTER COLUMN user_agent SET DEFAULT '',
	ALTER COLUMN user_agent SET NOT NULL;

-- migrate:down irreversible
