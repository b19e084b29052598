-- revision: v00002
-- down_revision: v00001
-- message: nhost/hasura-auth custom_user_fields

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.users
ADD COLUMN metadata JSONB;
-- COMMIT; (the revision's own transaction)

-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.users
DROP COLUMN IF EXISTS metadata;
-- COMMIT; (the revision's own transaction)
