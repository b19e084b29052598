-- revision: v20240812153737
-- down_revision: v20240809131000
-- message: hatchet-dev/hatchet v0_42_1
-- transactional: false

-- migrate:up
-- +goose NO TRANSACTION

ALTER TABLE "QueueItem" ADD CONSTRAINT "QueueItem_priority_check" CHECK ("priority" >= 1 AND "priority" <= 4);

DROP INDEX CONCURRENTLY IF EXISTS "QueueItem_isQueued_priority_tenantId_queue_id_idx";

CREATE INDEX CONCURRENTLY IF NOT EXISTS "QueueItem_isQueued_priority_tenantId_queue_id_idx_2" ON "QueueItem" ("isQueued", "tenantId", "queue", "priority" DESC, "id");

-- migrate:down irreversible
