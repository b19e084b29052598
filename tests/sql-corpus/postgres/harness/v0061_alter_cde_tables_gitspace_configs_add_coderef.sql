-- revision: v0061
-- down_revision: v0060
-- message: harness/harness alter_cde_tables_gitspace_configs_add_coderef

-- migrate:up
ALTER TABLE gitspace_configs ADD COLUMN gconf_code_repo_ref TEXT;

-- migrate:down
TRUNCATE gitspace_events RESTART IDENTITY CASCADE;
TRUNCATE gitspaces RESTART IDENTITY CASCADE;
TRUNCATE gitspace_configs RESTART IDENTITY CASCADE;
TRUNCATE infra_provider_resources RESTART IDENTITY CASCADE;
TRUNCATE infra_provider_configs RESTART IDENTITY CASCADE;

ALTER TABLE gitspace_configs
    DROP COLUMN gconf_code_repo_ref;
