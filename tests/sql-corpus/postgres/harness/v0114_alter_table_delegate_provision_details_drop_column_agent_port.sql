-- revision: v0114
-- down_revision: v0113
-- message: harness/harness alter_table_delegate_provision_details_drop_column_agent_port

-- migrate:up
ALTER TABLE delegate_provision_details DROP COLUMN dpdeta_agent_port;

-- migrate:down
ALTER TABLE delegate_provision_details ADD COLUMN dpdeta_agent_port INTEGER NOT NULL DEFAULT 0;
