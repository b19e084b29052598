-- revision: 2882cd2df465
-- down_revision: 2882cd2df464
-- message: PrefectHQ/prefect migrates_state_data_to_the_artifact_table
-- transactional: false

-- migrate:up
-- alembic: upgrade 2882cd2df464 -> 2882cd2df465

-- migrate:down
-- alembic: downgrade 2882cd2df465 -> 2882cd2df464
