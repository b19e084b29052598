-- revision: 14dc68cc5853
-- down_revision: 605ebb4e9155
-- message: PrefectHQ/prefect backfill_state_name
-- transactional: false

-- migrate:up
-- alembic: upgrade 605ebb4e9155 -> 14dc68cc5853

-- migrate:down
-- alembic: downgrade 14dc68cc5853 -> 605ebb4e9155
