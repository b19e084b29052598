-- revision: v00007
-- down_revision: v00006
-- message: nhost/hasura-auth add_authenticator_nickname

-- migrate:up
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.user_authenticators
  ADD COLUMN nickname text;
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.user_authenticators
  DROP COLUMN IF EXISTS nickname;
-- COMMIT; (the revision's own transaction)
