-- revision: v1516643303
-- down_revision: v1513895878
-- message: concourse/concourse update_auth_providers

-- migrate:up
ALTER TABLE teams DROP COLUMN IF EXISTS basic_auth;

-- migrate:down
ALTER TABLE teams ADD COLUMN basic_auth json;
