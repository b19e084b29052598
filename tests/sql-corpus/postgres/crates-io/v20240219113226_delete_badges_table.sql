-- revision: v20240219113226
-- down_revision: v20240212120203
-- message: rust-lang/crates.io delete_badges_table

-- migrate:up
drop table badges;

-- migrate:down
create table if not exists badges
(
    crate_id   integer not null
        constraint fk_badges_crate_id
            references crates
            on delete cascade,
    badge_type varchar not null,
    attributes jsonb   not null,
    primary key (crate_id, badge_type)
);
