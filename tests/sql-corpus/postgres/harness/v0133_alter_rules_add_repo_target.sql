-- revision: v0133
-- down_revision: v0132
-- message: harness/harness alter_rules_add_repo_target

-- migrate:up
ALTER TABLE rules ADD COLUMN rule_repo_target JSON NOT NULL DEFAULT '{}';

-- migrate:down
ALTER TABLE rules DROP COLUMN rule_repo_target;
