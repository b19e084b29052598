-- revision: v0_30_01
-- down_revision: v0_30_00
-- message: usememos/memos case_sensitive_username

-- migrate:up
ALTER TABLE "user"
  ALTER COLUMN username TYPE TEXT COLLATE "C";

-- migrate:down irreversible
