-- revision: v20241025112826
-- down_revision: v20241024134209
-- message: rust-lang/crates.io make_unique_version_unique
-- transactional: false

-- migrate:up
create unique index concurrently if not exists versions_crate_id_num_no_build_uindex
    on versions (crate_id, num_no_build);

-- migrate:down
drop index versions_crate_id_num_no_build_uindex;
