-- revision: v0004
-- down_revision: v0003
-- message: authzed/spicedb add_transaction_timestamp_index

-- migrate:up
CREATE INDEX ix_relation_tuple_transaction_by_timestamp on relation_tuple_transaction(timestamp);

-- migrate:down irreversible
