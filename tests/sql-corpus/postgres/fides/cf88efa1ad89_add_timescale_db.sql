-- revision: cf88efa1ad89
-- down_revision: 021d288d0ce3
-- message: ethyca/fides add_timescale_db

-- migrate:up
-- alembic: upgrade 021d288d0ce3 -> cf88efa1ad89

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual', 'email', 'manual_webhook', 'timescale');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade cf88efa1ad89 -> 021d288d0ce3

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual', 'email', 'manual_webhook');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
