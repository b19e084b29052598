-- revision: 71ec0612f44f
-- down_revision: 5a1b80eeae48
-- message: polarsource/polar drop_unused_billing_entry_indexes
-- transactional: false

-- migrate:up
-- alembic: upgrade 5a1b80eeae48 -> 71ec0612f44f

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_deleted_at;

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_subscription_id;

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_type;

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_end_timestamp;

-- migrate:down
-- alembic: downgrade 71ec0612f44f -> 5a1b80eeae48

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_deleted_at;

CREATE INDEX CONCURRENTLY ix_billing_entry_deleted_at ON billing_entry (deleted_at);

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_subscription_id;

CREATE INDEX CONCURRENTLY ix_billing_entry_subscription_id ON billing_entry (subscription_id);

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_type;

CREATE INDEX CONCURRENTLY ix_billing_entry_type ON billing_entry (type);

DROP INDEX CONCURRENTLY IF EXISTS ix_billing_entry_end_timestamp;

CREATE INDEX CONCURRENTLY ix_billing_entry_end_timestamp ON billing_entry (end_timestamp);
