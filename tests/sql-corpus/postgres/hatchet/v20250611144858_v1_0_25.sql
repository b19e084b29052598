-- revision: v20250611144858
-- down_revision: v20250606213933
-- message: hatchet-dev/hatchet v1_0_25
-- transactional: false

-- migrate:up
-- +goose NO TRANSACTION

-- +goose StatementBegin
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_v1_step_concurrency_tenant_active
    ON v1_step_concurrency(tenant_id, is_active)
    WHERE is_active = TRUE;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
DROP INDEX IF EXISTS idx_v1_step_concurrency_tenant_active;
-- +goose StatementEnd
