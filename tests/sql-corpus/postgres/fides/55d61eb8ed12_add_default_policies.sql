-- revision: 55d61eb8ed12
-- down_revision: b3b68c87c4a0
-- message: ethyca/fides add_default_policies

-- migrate:up
-- alembic: upgrade b3b68c87c4a0 -> 55d61eb8ed12

-- migrate:down
-- alembic: downgrade 55d61eb8ed12 -> b3b68c87c4a0
