-- revision: v0018
-- down_revision: v0017
-- message: authzed/spicedb add_relationship_counters_table

-- migrate:up
CREATE TABLE relationship_counter (
    name VARCHAR NOT NULL,
  serialized_filter BYTEA NOT NULL,
  current_count BIGINT NOT NULL DEFAULT 0,
  updated_revision_snapshot pg_snapshot,
    created_xid xid8 NOT NULL DEFAULT (pg_current_xact_id()),
  deleted_xid xid8 NOT NULL DEFAULT ('9223372036854775807'),
    CONSTRAINT pk_relationship_counter PRIMARY KEY (name),
    CONSTRAINT uq_relationship_counter_living UNIQUE (name, deleted_xid)
);

-- migrate:down irreversible
