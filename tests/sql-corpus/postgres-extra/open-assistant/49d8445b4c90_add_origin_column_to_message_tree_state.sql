-- revision: 49d8445b4c90
-- down_revision: f856bf19d32b
-- message: LAION-AI/Open-Assistant add_origin_column_to_message_tree_state

-- migrate:up
-- alembic: upgrade f856bf19d32b -> 49d8445b4c90

ALTER TABLE message ADD COLUMN synthetic BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE message ADD COLUMN model_name VARCHAR(1024);

ALTER TABLE message_tree_state ADD COLUMN origin VARCHAR(1024);

-- migrate:down
-- alembic: downgrade 49d8445b4c90 -> f856bf19d32b

ALTER TABLE message_tree_state DROP COLUMN origin;

ALTER TABLE message DROP COLUMN model_name;

ALTER TABLE message DROP COLUMN synthetic;
