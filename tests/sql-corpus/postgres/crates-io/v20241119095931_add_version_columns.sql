-- revision: v20241119095931
-- down_revision: v20241114124312
-- message: rust-lang/crates.io add_version_columns

-- migrate:up
alter table versions
    add column description text,
    add column homepage text,
    add column documentation text,
    add column repository text;

comment on column versions.description is 'Value of the `description` field in the `Cargo.toml` file of this version.';
comment on column versions.homepage is 'Value of the `homepage` field in the `Cargo.toml` file of this version.';
comment on column versions.documentation is 'Value of the `documentation` field in the `Cargo.toml` file of this version.';
comment on column versions.repository is 'Value of the `repository` field in the `Cargo.toml` file of this version.';

-- migrate:down
alter table versions
    drop column description,
    drop column homepage,
    drop column documentation,
    drop column repository;
