-- revision: v20241114094209
-- down_revision: v20241112125605
-- message: rust-lang/crates.io make_crate_size_not_null

-- migrate:up
alter table versions
    alter column crate_size set not null;

-- migrate:down
alter table versions
    alter column crate_size drop not null;
