-- revision: 7a4f4042091e
-- down_revision: d8df7ff7aab4
-- message: ethyca/fides manual_webhooks

-- migrate:up
-- alembic: upgrade d8df7ff7aab4 -> 7a4f4042091e

CREATE TABLE accessmanualwebhook (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    connection_config_id VARCHAR NOT NULL,
    fields JSONB NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id),
    UNIQUE (connection_config_id)
);

CREATE INDEX ix_accessmanualwebhook_id ON accessmanualwebhook (id);

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual', 'email', 'manual_webhook');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

alter type privacyrequeststatus add value 'requires_input';

-- migrate:down
-- alembic: downgrade 7a4f4042091e -> d8df7ff7aab4

DROP INDEX ix_accessmanualwebhook_id;

DROP TABLE accessmanualwebhook;

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual', 'email');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

alter type privacyrequeststatus rename to privacyrequeststatus_old;

create type privacyrequeststatus as enum('in_processing', 'complete', 'pending', 'error', 'paused', 'approved', 'denied', 'canceled', 'identity_unverified');

alter table privacyrequest alter column status type privacyrequeststatus using status::text::privacyrequeststatus;

drop type privacyrequeststatus_old;
