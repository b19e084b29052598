-- revision: b2
-- down_revision: a1
-- message: index built concurrently
-- transactional: false
-- imported from alembic b2_concurrent_index.py

-- migrate:up
CREATE INDEX CONCURRENTLY ix_accounts_name ON accounts (name);
-- migrate:down
DROP INDEX CONCURRENTLY ix_accounts_name;
