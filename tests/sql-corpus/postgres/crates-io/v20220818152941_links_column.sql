-- revision: v20220818152941
-- down_revision: v20220817073805
-- message: rust-lang/crates.io links_column

-- migrate:up
ALTER TABLE versions
    ADD COLUMN links VARCHAR NULL;

-- migrate:down
ALTER TABLE versions
    DROP COLUMN links;
