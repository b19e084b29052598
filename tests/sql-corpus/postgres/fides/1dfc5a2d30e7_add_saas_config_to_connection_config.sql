-- revision: 1dfc5a2d30e7
-- down_revision: e55a51b354e3
-- message: ethyca/fides add_saas_config_to_connection_config

-- migrate:up
-- alembic: upgrade e55a51b354e3 -> 1dfc5a2d30e7

ALTER TABLE connectionconfig ADD COLUMN saas_config JSONB;

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'saas');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade 1dfc5a2d30e7 -> e55a51b354e3

ALTER TABLE connectionconfig DROP COLUMN saas_config;

delete from connectionconfig where connection_type in ('saas');

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
