-- revision: v20240305120032
-- down_revision: v20240304092044
-- message: rust-lang/crates.io add_crate_downloads_index
-- transactional: false

-- migrate:up
create index concurrently if not exists crate_downloads_downloads_crate_id_index
    on crate_downloads (downloads desc, crate_id desc);

-- migrate:down
drop index concurrently crate_downloads_downloads_crate_id_index;
