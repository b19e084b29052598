-- revision: 46c188b1734f
-- down_revision: 296b2161f0de
-- message: polarsource/polar downloadables_member_level_uniqueness
-- transactional: false

-- migrate:up
-- alembic: upgrade 296b2161f0de -> 46c188b1734f

DROP INDEX CONCURRENTLY IF EXISTS ix_downloadables_scope_unique;

CREATE UNIQUE INDEX CONCURRENTLY ix_downloadables_scope_unique ON downloadables (customer_id, member_id, file_id, benefit_id) NULLS NOT DISTINCT WHERE deleted_at IS NULL;

DROP INDEX CONCURRENTLY IF EXISTS ix_downloadables_customer_id;

CREATE INDEX CONCURRENTLY ix_downloadables_customer_id ON downloadables (customer_id);

SET LOCAL lock_timeout = '5s';

ALTER TABLE downloadables DROP CONSTRAINT downloadables_customer_id_file_id_benefit_id_key;

-- migrate:down
-- alembic: downgrade 46c188b1734f -> 296b2161f0de

SET LOCAL lock_timeout = '5s';

ALTER TABLE downloadables ADD CONSTRAINT downloadables_customer_id_file_id_benefit_id_key UNIQUE (customer_id, file_id, benefit_id);

DROP INDEX ix_downloadables_scope_unique;

DROP INDEX ix_downloadables_customer_id;
