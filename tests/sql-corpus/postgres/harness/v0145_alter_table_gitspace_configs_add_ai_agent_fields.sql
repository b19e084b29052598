-- revision: v0145
-- down_revision: v0144
-- message: harness/harness alter_table_gitspace_configs_add_ai_agent_fields

-- migrate:up
ALTER TABLE gitspace_configs
    ADD COLUMN gconf_ai_agents TEXT;

-- migrate:down
ALTER TABLE gitspace_configs
    DROP COLUMN gconf_ai_agents;
