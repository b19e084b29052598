-- revision: v129
-- down_revision: v128
-- message: miniflux/v2 migration_129

-- migrate:up
UPDATE webauthn_credentials SET name = '' WHERE name IS NULL;

ALTER TABLE webauthn_credentials
	ALTER COLUMN name SET DEFAULT '',
	ALTER COLUMN name SET NOT NULL,
	ADD COLUMN backup_eligible boolean,
	ADD COLUMN backup_state boolean NOT NULL DEFAULT false;

-- migrate:down irreversible
