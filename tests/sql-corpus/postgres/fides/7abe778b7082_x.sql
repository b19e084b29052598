-- revision: 7abe778b7082
-- down_revision: bab75915670a
-- message: ethyca/fides x

-- migrate:up
-- alembic: upgrade bab75915670a -> 7abe778b7082

-- migrate:down
-- alembic: downgrade 7abe778b7082 -> bab75915670a
