-- revision: v20250318103700
-- down_revision: v20250228141741
-- message: neondatabase/neon timeline_imports

-- migrate:up
CREATE TABLE timeline_imports (
  tenant_id VARCHAR NOT NULL,
  timeline_id VARCHAR NOT NULL,
  shard_statuses JSONB NOT NULL,
  PRIMARY KEY(tenant_id, timeline_id)
);

-- migrate:down
DROP TABLE timeline_imports;
