-- revision: v20241114124312
-- down_revision: v20241114094209
-- message: rust-lang/crates.io add_edition_column

-- migrate:up
alter table versions
    add column edition text;

comment on column versions.edition is 'The declared Rust Edition required to compile this version of the crate.';

-- migrate:down
alter table versions
    drop column edition;
