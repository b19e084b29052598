-- revision: v20221027230516
-- down_revision: v20221025225635
-- message: civitai/civitai username_unique_case_insensitive

-- migrate:up
CREATE EXTENSION IF NOT EXISTS citext;

-- AlterTable
ALTER TABLE
  "User"
ALTER COLUMN
  "username"
SET
  DATA TYPE CITEXT;

-- migrate:down irreversible
