-- revision: 3a7c5fb119c9
-- down_revision: 5078badb90b9
-- message: ethyca/fides add_manual_connector_type_and_add_paused_status_to_execution

-- migrate:up
-- alembic: upgrade 5078badb90b9 -> 3a7c5fb119c9

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

alter type executionlogstatus add value 'paused';

-- migrate:down
-- alembic: downgrade 3a7c5fb119c9 -> 5078badb90b9

delete from connectionconfig where connection_type in ('manual');

delete from executionlog where status = 'paused';

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

alter type executionlogstatus rename to executionlogstatus_old;

create type executionlogstatus as enum('in_processing', 'pending', 'complete', 'error', 'retrying');

alter table executionlog alter column status type executionlogstatus using status::text::executionlogstatus;

drop type executionlogstatus_old;
