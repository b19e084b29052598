-- revision: 20240613122655
-- down_revision: 20240430103242
-- message: add relay gateway
-- imported from diesel 2024-06-13-122655_add_relay_gateway/up.sql

-- migrate:up
create table relay_gateway (
    tenant_id uuid not null references tenant on delete cascade,
    relay_id bytea not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    last_seen_at timestamp with time zone,
    name varchar(100) not null,
    description text not null,
    stats_interval_secs integer not null,
    region_config_id varchar(100) not null,

    primary key (tenant_id, relay_id)
);
-- migrate:down
drop table relay_gateway;
