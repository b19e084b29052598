-- revision: v0_21_00
-- down_revision: v0_20_00
-- message: usememos/memos user_description

-- migrate:up
ALTER TABLE "user" ADD COLUMN description TEXT NOT NULL DEFAULT '';

-- migrate:down irreversible
