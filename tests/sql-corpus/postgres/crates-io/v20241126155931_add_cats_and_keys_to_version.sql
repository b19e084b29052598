-- revision: v20241126155931
-- down_revision: v20241119095931
-- message: rust-lang/crates.io add_cats_and_keys_to_version

-- migrate:up
alter table versions
    add column categories text[] default array[]::text[] not null,
    add column keywords text[] default array[]::text[] not null;

comment on column versions.categories is 'The list of `categories` in the `Cargo.toml` file of this version.';
comment on column versions.keywords is 'The list of `keywords` in the `Cargo.toml` file of this version.';

-- migrate:down
alter table versions
    drop column categories,
    drop column keywords;
