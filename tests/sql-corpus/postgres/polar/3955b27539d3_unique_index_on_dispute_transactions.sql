-- revision: 3955b27539d3
-- down_revision: cddb6a1cfd92
-- message: polarsource/polar unique_index_on_dispute_transactions
-- transactional: false

-- migrate:up
-- alembic: upgrade cddb6a1cfd92 -> 3955b27539d3

DROP INDEX CONCURRENTLY IF EXISTS ix_dispute_transaction_dispute_id_uniqueness;

CREATE UNIQUE INDEX CONCURRENTLY ix_dispute_transaction_dispute_id_uniqueness ON transactions (type, dispute_id) WHERE type = 'dispute';

-- migrate:down
-- alembic: downgrade 3955b27539d3 -> cddb6a1cfd92

DROP INDEX CONCURRENTLY IF EXISTS ix_dispute_transaction_dispute_id_uniqueness;
