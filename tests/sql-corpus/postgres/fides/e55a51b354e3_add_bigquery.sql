-- revision: e55a51b354e3
-- down_revision: 07014ff34eb2
-- message: ethyca/fides add_bigquery

-- migrate:up
-- alembic: upgrade 07014ff34eb2 -> e55a51b354e3

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade e55a51b354e3 -> 07014ff34eb2

delete from connectionconfig where connection_type in ('bigquery');

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
