-- revision: v0043
-- down_revision: v0042
-- message: harness/harness alter_table_rules

-- migrate:up
-- data is migrated in code.

-- migrate:down
-- data is backwards compatible.
