-- revision: 5d526270ddb4
-- down_revision: 8caf7c1fd82c
-- message: PrefectHQ/prefect add_flowrun_infrastructure_pid

-- migrate:up
-- alembic: upgrade 8caf7c1fd82c -> 5d526270ddb4

ALTER TABLE flow_run ADD COLUMN infrastructure_pid VARCHAR;

-- migrate:down
-- alembic: downgrade 5d526270ddb4 -> 8caf7c1fd82c

ALTER TABLE flow_run DROP COLUMN infrastructure_pid;
