-- revision: v0088
-- down_revision: v0087
-- message: harness/harness alter_rules_add_scope

-- migrate:up
ALTER TABLE rules ADD COLUMN rule_scope INTEGER DEFAULT 0;

-- migrate:down
ALTER TABLE rules DROP COLUMN rule_scope;
