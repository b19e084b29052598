-- revision: 401eef162771
-- down_revision: b66fd8f9da1f
-- message: LAION-AI/Open-Assistant add_chat_data_opt_out_field

-- migrate:up
-- alembic: upgrade b66fd8f9da1f -> 401eef162771

ALTER TABLE chat ADD COLUMN allow_data_use BOOLEAN DEFAULT true NOT NULL;

-- migrate:down
-- alembic: downgrade 401eef162771 -> b66fd8f9da1f

ALTER TABLE chat DROP COLUMN allow_data_use;
