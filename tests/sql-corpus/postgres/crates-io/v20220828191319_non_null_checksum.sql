-- revision: v20220828191319
-- down_revision: v20220818152941
-- message: rust-lang/crates.io non_null_checksum

-- migrate:up
alter table versions
    alter column checksum set not null;

-- migrate:down
alter table versions
    alter column checksum drop not null;
