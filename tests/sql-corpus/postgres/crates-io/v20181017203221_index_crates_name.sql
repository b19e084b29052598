-- revision: v20181017203221
-- down_revision: v20180603195948
-- message: rust-lang/crates.io index_crates_name

-- migrate:up
CREATE INDEX index_crates_name_ordering ON crates (name);

-- migrate:down
DROP INDEX index_crates_name_ordering;
