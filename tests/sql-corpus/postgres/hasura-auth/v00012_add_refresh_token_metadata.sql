-- revision: v00012
-- down_revision: v00011
-- message: nhost/hasura-auth add_refresh_token_metadata

-- migrate:up
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.refresh_tokens
ADD COLUMN metadata JSONB;
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.refresh_tokens
DROP COLUMN IF EXISTS metadata;
-- COMMIT; (the revision's own transaction)
