-- revision: v00011
-- down_revision: v00010
-- message: nhost/hasura-auth add_refresh_token_hash_column

-- migrate:up
-- BEGIN; (the revision's own transaction)
ALTER TABLE "auth"."refresh_tokens"
    ADD COLUMN "refresh_token_hash" VARCHAR(255) GENERATED ALWAYS AS (sha256 (refresh_token::text::bytea)) STORED;
COMMENT ON COLUMN "auth"."refresh_tokens"."refresh_token" IS 'DEPRECATED: auto-generated refresh token id. Will be replaced by a genereric id column that will be used as a primary key, not the refresh token itself. Use refresh_token_hash instead.';
-- COMMIT; (the revision's own transaction)


-- migrate:down
-- BEGIN; (the revision's own transaction)
COMMENT ON COLUMN "auth"."refresh_tokens"."refresh_token" IS NULL;
ALTER TABLE "auth"."refresh_tokens"
    DROP COLUMN IF EXISTS "refresh_token_hash";
-- COMMIT; (the revision's own transaction)
