-- revision: v20251001085546
-- down_revision: v20250804085822
-- message: chirpstack/chirpstack device_add_f_cnt_up

-- migrate:up
alter table device
    add column f_cnt_up bigint not null default 0;

alter table device
    alter column f_cnt_up drop default;

-- migrate:down
alter table device
    drop column f_cnt_up;
