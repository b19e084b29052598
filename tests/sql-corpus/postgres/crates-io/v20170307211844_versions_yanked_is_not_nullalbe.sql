-- revision: v20170307211844
-- down_revision: v20170305095748
-- message: rust-lang/crates.io versions_yanked_is_not_nullalbe

-- migrate:up
ALTER TABLE versions ALTER COLUMN yanked SET NOT NULL;

-- migrate:down
ALTER TABLE versions ALTER COLUMN yanked DROP NOT NULL;
