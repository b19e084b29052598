-- revision: v0_22_03
-- down_revision: v0_22_02
-- message: usememos/memos drop_tag

-- migrate:up
DROP TABLE IF EXISTS tag;

-- migrate:down irreversible
