-- revision: v20240613122655
-- down_revision: v20240430103242
-- message: chirpstack/chirpstack add_relay_gateway

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
