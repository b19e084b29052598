-- revision: 0a0ab48887ab
-- down_revision: 3c3288034362
-- message: mamba-org/quetz adding_function_args_to_job_spec

-- migrate:up
-- alembic: upgrade 3c3288034362 -> 0a0ab48887ab

ALTER TABLE jobs ADD COLUMN extra_args VARCHAR;

-- migrate:down
-- alembic: downgrade 0a0ab48887ab -> 3c3288034362

ALTER TABLE jobs DROP COLUMN extra_args;
