-- revision: v014
-- down_revision: v013
-- message: sebadob/rauthy providers_onboarding

-- migrate:up
alter table auth_providers
    add auto_onboarding bool default true not null;

alter table auth_providers
    add auto_link bool default false not null;

-- migrate:down irreversible
