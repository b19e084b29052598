-- revision: bedb5f07417b
-- down_revision: c2f78c69e9cf, fcef2c58b21c
-- message: keephq/keep merge_heads_c2f78c69e9cf_and_fcef2c58b21c_add_threshold_fiel

-- migrate:up
-- alembic: upgrade c2f78c69e9cf, fcef2c58b21c -> bedb5f07417b

-- migrate:down
-- alembic: downgrade bedb5f07417b -> c2f78c69e9cf, fcef2c58b21c
