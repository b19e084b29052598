-- revision: v20241216175807
-- down_revision: v20241206231312
-- message: hatchet-dev/hatchet v0_52_13
-- transactional: false

-- migrate:up
-- +goose NO TRANSACTION

CREATE INDEX CONCURRENTLY IF NOT EXISTS "LogLine_tenantId_stepRunId_idx" ON "LogLine" ("tenantId", "stepRunId" ASC);

-- migrate:down irreversible
