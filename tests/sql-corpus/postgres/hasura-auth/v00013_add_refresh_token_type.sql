-- revision: v00013
-- down_revision: v00012
-- message: nhost/hasura-auth add_refresh_token_type

-- migrate:up
-- BEGIN; (the revision's own transaction)
CREATE TYPE auth.refresh_token_type AS ENUM ('regular', 'pat');
ALTER TABLE auth.refresh_tokens
ADD COLUMN type auth.refresh_token_type NOT NULL DEFAULT 'regular';
-- END; (the revision's own transaction)

-- migrate:down
-- BEGIN; (the revision's own transaction)
ALTER TABLE auth.refresh_tokens
DROP COLUMN IF EXISTS type;
DROP TYPE IF EXISTS auth.refresh_token_type;
-- COMMIT; (the revision's own transaction)
