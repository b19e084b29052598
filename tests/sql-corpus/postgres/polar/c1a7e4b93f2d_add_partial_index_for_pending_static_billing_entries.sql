-- revision: c1a7e4b93f2d
-- down_revision: aaa111ca733d
-- message: polarsource/polar add_partial_index_for_pending_static_billing_entries
-- transactional: false

-- migrate:up
-- alembic: upgrade aaa111ca733d -> c1a7e4b93f2d

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_billing_entry_pending_static ON billing_entry (subscription_id) WHERE deleted_at IS NULL AND order_item_id IS NULL AND type != 'metered';

-- migrate:down
-- alembic: downgrade c1a7e4b93f2d -> aaa111ca733d

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_pending_static;
