-- revision: 5c98d9253f56
-- down_revision: 364b4efa1686
-- message: CTFd/CTFd rename_core_beta_to_core

-- migrate:up
-- alembic: upgrade 364b4efa1686 -> 5c98d9253f56

-- migrate:down
-- alembic: downgrade 5c98d9253f56 -> 364b4efa1686
