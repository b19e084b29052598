-- revision: f53e04e5b7f5
-- down_revision: 155fd8e51d9d, d8f8bd52754f
-- message: ethyca/fides merge_heads

-- migrate:up
-- alembic: upgrade 155fd8e51d9d, d8f8bd52754f -> f53e04e5b7f5

-- migrate:down
-- alembic: downgrade f53e04e5b7f5 -> 155fd8e51d9d, d8f8bd52754f
