-- revision: v20260409114747
-- down_revision: v20260120162913
-- message: rust-lang/crates.io add_lib_name_column

-- migrate:up
alter table versions
    add column lib_name text;

comment on column versions.lib_name is 'The library target name for this version (the Rust identifier used in `use` statements), or NULL if the version has no library target or has not been analyzed yet.';

-- migrate:down
alter table versions
    drop column lib_name;
