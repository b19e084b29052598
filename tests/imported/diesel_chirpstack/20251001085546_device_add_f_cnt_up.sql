-- revision: 20251001085546
-- down_revision: 20250804085822
-- message: device add f cnt up
-- imported from diesel 2025-10-01-085546_device_add_f_cnt_up/up.sql

-- migrate:up
alter table device
    add column f_cnt_up bigint not null default 0;

alter table device
    alter column f_cnt_up drop default;
-- migrate:down
alter table device
    drop column f_cnt_up;
