-- revision: v0012
-- down_revision: v0011
-- message: authzed/spicedb add_xid_constraints

-- migrate:up
ALTER TABLE namespace_config DROP CONSTRAINT namespace_config_pkey;
ALTER TABLE relation_tuple_transaction ALTER COLUMN snapshot SET NOT NULL;
ALTER TABLE relation_tuple ALTER COLUMN created_xid SET NOT NULL;
ALTER TABLE namespace_config ALTER COLUMN created_xid SET NOT NULL;
ALTER TABLE caveat ALTER COLUMN created_xid SET NOT NULL;
ALTER TABLE relation_tuple_transaction
  DROP CONSTRAINT pk_rttx,
  ADD CONSTRAINT pk_rttx PRIMARY KEY USING INDEX ix_rttx_pk;
ALTER TABLE namespace_config
  ADD CONSTRAINT pk_namespace_config PRIMARY KEY USING INDEX ix_namespace_config_pk,
  ADD CONSTRAINT uq_namespace_living_xid UNIQUE USING INDEX ix_namespace_config_living;
ALTER TABLE relation_tuple
  DROP CONSTRAINT pk_relation_tuple,
  ADD CONSTRAINT pk_relation_tuple PRIMARY KEY USING INDEX ix_relation_tuple_pk,
  ADD CONSTRAINT uq_relation_tuple_living_xid UNIQUE USING INDEX ix_relation_tuple_living;
ALTER TABLE caveat
  DROP CONSTRAINT pk_caveat_v1,
  ADD CONSTRAINT pk_caveat_v2 PRIMARY KEY USING INDEX ix_caveat_living,
  ADD CONSTRAINT uq_caveat_v2 UNIQUE USING INDEX ix_caveat_unique;

-- migrate:down irreversible
