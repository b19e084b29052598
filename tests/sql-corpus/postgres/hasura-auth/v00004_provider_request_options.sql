-- revision: v00004
-- down_revision: v00003
-- message: nhost/hasura-auth provider_request_options

-- migrate:up
-- start a transaction
-- BEGIN; (the revision's own transaction)

ALTER TABLE
  auth.provider_requests
DROP COLUMN redirect_url;

ALTER TABLE
  auth.provider_requests
ADD
  COLUMN options JSONB;

-- COMMIT; (the revision's own transaction)

-- migrate:down
-- start a transaction
-- BEGIN; (the revision's own transaction)

ALTER TABLE
  auth.provider_requests
DROP COLUMN IF EXISTS options;

ALTER TABLE
  auth.provider_requests
ADD
  COLUMN redirect_url text NOT NULL DEFAULT '';

-- Remove the default after adding the column
ALTER TABLE
  auth.provider_requests
ALTER COLUMN redirect_url DROP DEFAULT;

-- COMMIT; (the revision's own transaction)
