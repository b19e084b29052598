-- revision: v0010
-- down_revision: v0009
-- message: authzed/spicedb add_xid8_columns

-- migrate:up
ALTER TABLE relation_tuple_transaction
  ALTER COLUMN id SET DEFAULT (pg_current_xact_id()::text::bigint),
  ADD COLUMN xid xid8 NOT NULL DEFAULT (pg_current_xact_id()),
  ADD COLUMN snapshot pg_snapshot;
ALTER TABLE relation_tuple
  ADD COLUMN created_xid xid8,
  ADD COLUMN deleted_xid xid8 NOT NULL DEFAULT ('9223372036854775807');
ALTER TABLE namespace_config
  ADD COLUMN created_xid xid8,
  ADD COLUMN deleted_xid xid8 NOT NULL DEFAULT ('9223372036854775807');
ALTER TABLE caveat
  ADD COLUMN created_xid xid8,
  ADD COLUMN deleted_xid xid8 NOT NULL DEFAULT ('9223372036854775807');
ALTER TABLE relation_tuple_transaction
  ALTER COLUMN snapshot SET DEFAULT (pg_current_snapshot());

-- migrate:down irreversible
