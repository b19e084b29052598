-- revision: cddb6a1cfd92
-- down_revision: 40d0bc3f9994
-- message: polarsource/polar add_oauth2client_encrypted_secret_columns

-- migrate:up
-- alembic: upgrade 40d0bc3f9994 -> cddb6a1cfd92

SET LOCAL lock_timeout = '5s';

ALTER TABLE oauth2_clients ADD COLUMN client_secret_hash VARCHAR(64);

ALTER TABLE oauth2_clients ADD COLUMN client_secret_encrypted TEXT;

ALTER TABLE oauth2_clients ADD COLUMN registration_access_token_hash VARCHAR(64);

ALTER TABLE oauth2_clients ADD COLUMN registration_access_token_encrypted TEXT;

CREATE INDEX ix_oauth2_clients_client_secret_hash ON oauth2_clients (client_secret_hash);

CREATE INDEX ix_oauth2_clients_registration_access_token_hash ON oauth2_clients (registration_access_token_hash);

-- migrate:down
-- alembic: downgrade cddb6a1cfd92 -> 40d0bc3f9994

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_oauth2_clients_registration_access_token_hash;

DROP INDEX ix_oauth2_clients_client_secret_hash;

ALTER TABLE oauth2_clients DROP COLUMN registration_access_token_encrypted;

ALTER TABLE oauth2_clients DROP COLUMN registration_access_token_hash;

ALTER TABLE oauth2_clients DROP COLUMN client_secret_encrypted;

ALTER TABLE oauth2_clients DROP COLUMN client_secret_hash;
