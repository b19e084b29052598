-- revision: 5a1b80eeae48
-- down_revision: 5a95b59f156b
-- message: polarsource/polar drop_redundant_billing_entry_index
-- transactional: false

-- migrate:up
-- alembic: upgrade 5a95b59f156b -> 5a1b80eeae48

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entries_s_oi_pp;

-- migrate:down
-- alembic: downgrade 5a1b80eeae48 -> 5a95b59f156b

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entries_s_oi_pp;

CREATE INDEX CONCURRENTLY ix_billing_entries_s_oi_pp ON billing_entry (subscription_id, order_item_id, product_price_id);
