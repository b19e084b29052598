-- revision: 4ef2c767664c
-- down_revision: 87594ea6d308
-- message: keephq/keep alter_rule_fingerprint_to_text

-- migrate:up
-- alembic: upgrade 87594ea6d308 -> 4ef2c767664c

ALTER TABLE incident ALTER COLUMN rule_fingerprint TYPE TEXT;

ALTER TABLE incident ALTER COLUMN rule_fingerprint DROP NOT NULL;

-- migrate:down
-- alembic: downgrade 4ef2c767664c -> 87594ea6d308

ALTER TABLE incident ALTER COLUMN rule_fingerprint TYPE VARCHAR;

ALTER TABLE incident ALTER COLUMN rule_fingerprint SET NOT NULL;
