-- revision: v0_25_00
-- down_revision: v0_24_01
-- message: usememos/memos remove_webhook

-- migrate:up
DROP TABLE IF EXISTS webhook;

-- migrate:down irreversible
