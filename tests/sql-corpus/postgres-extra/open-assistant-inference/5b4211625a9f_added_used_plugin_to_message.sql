-- revision: 5b4211625a9f
-- down_revision: ea19bbc743f9
-- message: LAION-AI/Open-Assistant added_used_plugin_to_message

-- migrate:up
-- alembic: upgrade ea19bbc743f9 -> 5b4211625a9f

ALTER TABLE message ADD COLUMN used_plugin JSONB;

-- migrate:down
-- alembic: downgrade 5b4211625a9f -> ea19bbc743f9

ALTER TABLE message DROP COLUMN used_plugin;
