-- revision: v20250417150604
-- down_revision: v20250417143656
-- message: hatchet-dev/hatchet v1_0_15
-- transactional: false

-- migrate:up
-- +goose NO TRANSACTION

-- For v1_statuses_olap
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_v1_statuses_olap_query_optim ON v1_statuses_olap(tenant_id, workflow_id);


-- migrate:down
-- +goose NO TRANSACTION
-- For v1_statuses_olap
DROP INDEX IF EXISTS idx_v1_statuses_olap_query_optim;
