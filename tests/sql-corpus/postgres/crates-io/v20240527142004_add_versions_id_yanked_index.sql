-- revision: v20240527142004
-- down_revision: v20240417135931
-- message: rust-lang/crates.io add_versions_id_yanked_index
-- transactional: false

-- migrate:up
create index concurrently if not exists versions_id_yanked_idx
    on versions (id) WHERE yanked;

-- migrate:down
drop index concurrently versions_id_yanked_idx;
