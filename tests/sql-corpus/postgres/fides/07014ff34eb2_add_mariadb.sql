-- revision: 07014ff34eb2
-- down_revision: f3841942d90c
-- message: ethyca/fides add_mariadb

-- migrate:up
-- alembic: upgrade f3841942d90c -> 07014ff34eb2

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade 07014ff34eb2 -> f3841942d90c

delete from connectionconfig where connection_type in ('mariadb');

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
