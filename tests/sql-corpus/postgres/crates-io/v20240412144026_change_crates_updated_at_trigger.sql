-- revision: v20240412144026
-- down_revision: v20240306123525
-- message: rust-lang/crates.io change_crates_updated_at_trigger

-- migrate:up
drop trigger trigger_crates_set_updated_at
    on crates;

create trigger trigger_crates_set_updated_at
    before update
    on crates
    for each row
execute procedure set_updated_at();

-- migrate:down
drop trigger trigger_crates_set_updated_at
    on crates;

create trigger trigger_crates_set_updated_at
    before update
    on crates
    for each row
execute procedure set_updated_at_ignore_downloads();
