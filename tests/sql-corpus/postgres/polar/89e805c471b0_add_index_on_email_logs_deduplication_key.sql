-- revision: 89e805c471b0
-- down_revision: 9a1c47f0b3d2
-- message: polarsource/polar add_index_on_email_logs_deduplication_key
-- transactional: false

-- migrate:up
-- alembic: upgrade 9a1c47f0b3d2 -> 89e805c471b0

DROP INDEX CONCURRENTLY IF EXISTS ix_email_logs_deduplication_key;

CREATE INDEX CONCURRENTLY ix_email_logs_deduplication_key ON email_logs (deduplication_key) WHERE deduplication_key IS NOT NULL;

-- migrate:down
-- alembic: downgrade 89e805c471b0 -> 9a1c47f0b3d2

DROP INDEX CONCURRENTLY IF EXISTS ix_email_logs_deduplication_key;
