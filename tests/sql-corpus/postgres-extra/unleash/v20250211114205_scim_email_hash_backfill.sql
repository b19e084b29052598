-- revision: v20250211114205
-- down_revision: v20250210130408
-- message: Unleash/unleash scim_email_hash_backfill

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
