-- revision: v20251003080542
-- down_revision: v20250804085827
-- message: chirpstack/chirpstack device_add_f_cnt_up

-- migrate:up
alter table device
    add column f_cnt_up bigint not null default 0;

-- migrate:down
alter table device
    drop column f_cnt_up;
