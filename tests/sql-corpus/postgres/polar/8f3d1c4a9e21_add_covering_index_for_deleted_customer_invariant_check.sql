-- revision: 8f3d1c4a9e21
-- down_revision: 45773b693045
-- message: polarsource/polar add_covering_index_for_deleted_customer_invariant_check
-- transactional: false

-- migrate:up
-- alembic: upgrade 45773b693045 -> 8f3d1c4a9e21

DROP INDEX CONCURRENTLY IF EXISTS ix_customers_deleted_at_id;

CREATE INDEX CONCURRENTLY ix_customers_deleted_at_id ON customers (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- migrate:down
-- alembic: downgrade 8f3d1c4a9e21 -> 45773b693045

DROP INDEX CONCURRENTLY IF EXISTS ix_customers_deleted_at_id;
