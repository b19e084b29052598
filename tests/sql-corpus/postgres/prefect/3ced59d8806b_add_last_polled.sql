-- revision: 3ced59d8806b
-- down_revision: 6d548701edef
-- message: PrefectHQ/prefect add_last_polled

-- migrate:up
-- alembic: upgrade 6d548701edef -> 3ced59d8806b

ALTER TABLE work_queue ADD COLUMN last_polled TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 3ced59d8806b -> 6d548701edef

ALTER TABLE work_queue DROP COLUMN last_polled;
