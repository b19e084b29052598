-- revision: 160ac010efcc
-- down_revision: 4f26fec4d204
-- message: LAION-AI/Open-Assistant use_en_instead_en_us_as_default_lang

-- migrate:up
-- alembic: upgrade 4f26fec4d204 -> 160ac010efcc

ALTER TABLE message DROP COLUMN lang;

ALTER TABLE message ADD COLUMN lang VARCHAR(32) DEFAULT 'en' NOT NULL;

-- migrate:down
-- alembic: downgrade 160ac010efcc -> 4f26fec4d204

ALTER TABLE message DROP COLUMN lang;

ALTER TABLE message ADD COLUMN lang VARCHAR(200) NOT NULL;
