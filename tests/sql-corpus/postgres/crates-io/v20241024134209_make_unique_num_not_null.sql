-- revision: v20241024134209
-- down_revision: v20241024133507
-- message: rust-lang/crates.io make_unique_num_not_null

-- migrate:up
alter table versions
    alter column num_no_build set not null;

-- migrate:down
alter table versions
    alter column num_no_build drop not null;
