-- revision: v00009
-- down_revision: v00008
-- message: nhost/hasura-auth rename_authenticator_to_security_key

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.user_authenticators RENAME TO user_security_keys;
ALTER TABLE auth.user_security_keys RENAME CONSTRAINT user_authenticators_credential_id_key TO user_security_key_credential_id_key;
ALTER TABLE auth.user_security_keys RENAME CONSTRAINT user_authenticators_pkey TO user_security_keys_pkey;
COMMENT ON TABLE auth.user_security_keys IS 'User webauthn security keys. Don''t modify its structure as Hasura Auth relies on it to function properly.';
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
COMMENT ON TABLE auth.user_security_keys IS 'User webauthn authenticators. Don''t modify its structure as Hasura Auth relies on it to function properly.';
ALTER TABLE auth.user_security_keys RENAME CONSTRAINT user_security_keys_pkey TO user_authenticators_pkey;
ALTER TABLE auth.user_security_keys RENAME CONSTRAINT user_security_key_credential_id_key TO user_authenticators_credential_id_key;
ALTER TABLE auth.user_security_keys RENAME TO user_authenticators;
-- COMMIT; (the revision's own transaction)
