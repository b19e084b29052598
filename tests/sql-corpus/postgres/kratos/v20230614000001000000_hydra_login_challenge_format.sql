-- revision: v20230614000001000000
-- down_revision: v20230405000000000001
-- message: ory/kratos hydra_login_challenge_format

-- migrate:up
-- Drop columns in a later migration.
-- ALTER TABLE selfservice_login_flows DROP COLUMN oauth2_login_challenge;
-- ALTER TABLE selfservice_registration_flows DROP COLUMN oauth2_login_challenge;

ALTER TABLE selfservice_login_flows ADD COLUMN oauth2_login_challenge_data TEXT NULL;
ALTER TABLE selfservice_registration_flows ADD COLUMN oauth2_login_challenge_data TEXT NULL;

-- migrate:down
-- ALTER TABLE selfservice_login_flows ADD COLUMN oauth2_login_challenge UUID NULL;
-- ALTER TABLE selfservice_registration_flows ADD COLUMN oauth2_login_challenge UUID NULL;

ALTER TABLE selfservice_login_flows DROP COLUMN oauth2_login_challenge_data;
ALTER TABLE selfservice_registration_flows DROP COLUMN oauth2_login_challenge_data;
