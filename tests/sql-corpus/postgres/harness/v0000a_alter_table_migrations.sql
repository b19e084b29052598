-- revision: v0000a
-- down_revision: none
-- message: harness/harness alter_table_migrations

-- migrate:up
-- primary key is required by some database tools and dependencies.
ALTER TABLE migrations ADD PRIMARY KEY (version);

-- migrate:down irreversible
