-- revision: v20231019142614
-- down_revision: v20230925105457
-- message: chirpstack/chirpstack add_tenant_and_app_tags

-- migrate:up
alter table tenant
    add column tags jsonb not null default '{}';

alter table tenant
    alter column tags drop default;

create index idx_tenant_tags on tenant using gin (tags);

alter table application
    add column tags jsonb not null default '{}';

alter table application
    alter column tags drop default;

create index idx_application_tags on application using gin (tags);

-- migrate:down
alter table application drop column tags;
alter table tenant drop column tags;
