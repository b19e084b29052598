-- revision: v0003
-- down_revision: v0002
-- message: authzed/spicedb add_unique_living_ns

-- migrate:up
ALTER TABLE namespace_config
  ADD CONSTRAINT uq_namespace_living UNIQUE (namespace, deleted_transaction);

-- migrate:down irreversible
