-- revision: f3841942d90c
-- down_revision: d65e7e921814
-- message: ethyca/fides add_mssql_microsoft_sql_server

-- migrate:up
-- alembic: upgrade d65e7e921814 -> f3841942d90c

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade f3841942d90c -> d65e7e921814

delete from connectionconfig where connection_type in ('mssql');

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
