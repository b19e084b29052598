-- revision: v20230213103316
-- down_revision: v20230206135050
-- message: chirpstack/chirpstack update_private_gateways

-- migrate:up
alter table tenant
    rename column private_gateways to private_gateways_up;

alter table tenant
    add column private_gateways_down boolean not null default false;

alter table tenant
    alter column private_gateways_down drop default;

-- migrate:down
alter table tenant
    drop column private_gateways_down;

alter table tenant
    rename column private_gateways_up to private_gateways;
