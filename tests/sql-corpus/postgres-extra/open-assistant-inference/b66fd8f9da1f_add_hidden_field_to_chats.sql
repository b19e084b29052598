-- revision: b66fd8f9da1f
-- down_revision: f0e18084aae4
-- message: LAION-AI/Open-Assistant add_hidden_field_to_chats

-- migrate:up
-- alembic: upgrade f0e18084aae4 -> b66fd8f9da1f

ALTER TABLE chat ADD COLUMN hidden BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade b66fd8f9da1f -> f0e18084aae4

ALTER TABLE chat DROP COLUMN hidden;
