-- revision: v20240229094122
-- down_revision: v20240107212945
-- message: neondatabase/neon generations_null

-- migrate:up


ALTER TABLE tenant_shards ALTER generation DROP NOT NULL;
ALTER TABLE tenant_shards ALTER generation_pageserver DROP NOT NULL;

-- migrate:down
ALTER TABLE tenant_shards ALTER generation SET NOT NULL;
ALTER TABLE tenant_shards ALTER generation_pageserver SET NOT NULL;
