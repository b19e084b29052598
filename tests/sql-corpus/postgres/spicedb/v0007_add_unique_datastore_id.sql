-- revision: v0007
-- down_revision: v0006
-- message: authzed/spicedb add_unique_datastore_id

-- migrate:up
CREATE TABLE metadata (
  unique_id VARCHAR PRIMARY KEY
  );

-- migrate:down irreversible
