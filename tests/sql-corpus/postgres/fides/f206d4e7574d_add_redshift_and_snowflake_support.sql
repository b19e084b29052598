-- revision: f206d4e7574d
-- down_revision: 0210948a8147
-- message: ethyca/fides add_redshift_and_snowflake_support

-- migrate:up
-- alembic: upgrade 0210948a8147 -> f206d4e7574d

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'redshift', 'snowflake');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

-- migrate:down
-- alembic: downgrade f206d4e7574d -> 0210948a8147

delete from connectionconfig where connection_type in ('snowflake', 'redshift');

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;
