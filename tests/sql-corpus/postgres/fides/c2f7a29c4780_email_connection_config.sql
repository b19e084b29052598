-- revision: c2f7a29c4780
-- down_revision: 97801300fedd
-- message: ethyca/fides email_connection_config

-- migrate:up
-- alembic: upgrade 97801300fedd -> c2f7a29c4780

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual', 'email');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade c2f7a29c4780 -> 97801300fedd

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
