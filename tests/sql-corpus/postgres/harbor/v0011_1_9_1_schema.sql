-- revision: v0011
-- down_revision: v0010
-- message: goharbor/harbor 1_9_1_schema

-- migrate:up
ALTER TABLE harbor_user ADD COLUMN password_version varchar(16) Default 'sha256';
UPDATE harbor_user SET password_version = 'sha1';

-- migrate:down irreversible
