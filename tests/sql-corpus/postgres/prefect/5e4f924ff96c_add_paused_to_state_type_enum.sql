-- revision: 5e4f924ff96c
-- down_revision: 5d526270ddb4
-- message: PrefectHQ/prefect add_paused_to_state_type_enum

-- migrate:up
-- alembic: upgrade 5d526270ddb4 -> 5e4f924ff96c

ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'PAUSED';

-- migrate:down
-- alembic: downgrade 5e4f924ff96c -> 5d526270ddb4
