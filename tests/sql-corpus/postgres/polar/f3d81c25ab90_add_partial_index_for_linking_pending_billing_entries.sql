-- revision: f3d81c25ab90
-- down_revision: d54b19ea954c
-- message: polarsource/polar add_partial_index_for_linking_pending_billing_entries
-- transactional: false

-- migrate:up
-- alembic: upgrade d54b19ea954c -> f3d81c25ab90

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_pending_link;

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_billing_entry_pending_link ON billing_entry (subscription_id, product_price_id, id) WHERE deleted_at IS NULL AND order_item_id IS NULL;

-- migrate:down
-- alembic: downgrade f3d81c25ab90 -> d54b19ea954c

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_pending_link;
