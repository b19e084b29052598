-- revision: v00006
-- down_revision: v00005
-- message: nhost/hasura-auth setup_webauthn

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)

ALTER TABLE auth.users
    ADD COLUMN webauthn_current_challenge text;

CREATE TABLE auth.user_authenticators(
    id uuid DEFAULT public.gen_random_uuid () NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    credential_id text UNIQUE NOT NULL,
    credential_public_key bytea,
    counter bigint DEFAULT 0 NOT NULL,
    transports varchar(255) DEFAULT '' NOT NULL
);

COMMENT ON TABLE auth.user_authenticators IS 'User webauthn authenticators. Don''t modify its structure as Hasura Auth relies on it to function properly.';


-- FKs
ALTER TABLE auth.user_authenticators
  ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES auth.users (id) ON UPDATE CASCADE ON DELETE CASCADE;

-- COMMIT; (the revision's own transaction)

-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)

-- drop foreign key constraint
ALTER TABLE auth.user_authenticators
  DROP CONSTRAINT IF EXISTS fk_user;

-- drop table
DROP TABLE IF EXISTS auth.user_authenticators;

-- drop column from users table
ALTER TABLE auth.users
    DROP COLUMN IF EXISTS webauthn_current_challenge;

-- COMMIT; (the revision's own transaction)
