-- revision: v20251127181728
-- down_revision: v20251127105316
-- message: langfuse/langfuse add_prices_index_on_pricing_tier_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "prices_pricing_tier_id_idx" ON "prices"("pricing_tier_id");

-- migrate:down irreversible
