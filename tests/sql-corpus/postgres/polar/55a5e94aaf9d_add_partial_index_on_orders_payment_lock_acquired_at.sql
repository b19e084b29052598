-- revision: 55a5e94aaf9d
-- down_revision: c3553f7b8b0c
-- message: polarsource/polar add_partial_index_on_orders_payment_lock_acquired_at
-- transactional: false

-- migrate:up
-- alembic: upgrade c3553f7b8b0c -> 55a5e94aaf9d

DROP INDEX CONCURRENTLY IF EXISTS ix_orders_payment_lock_acquired_at;

CREATE INDEX CONCURRENTLY ix_orders_payment_lock_acquired_at ON orders (payment_lock_acquired_at) WHERE payment_lock_acquired_at IS NOT NULL;

-- migrate:down
-- alembic: downgrade 55a5e94aaf9d -> c3553f7b8b0c

DROP INDEX CONCURRENTLY IF EXISTS ix_orders_payment_lock_acquired_at;
