-- revision: v0003
-- down_revision: v0002
-- message: goharbor/harbor add_replication_op_uuid

-- migrate:up
ALTER TABLE replication_job ADD COLUMN op_uuid varchar(64);

-- migrate:down irreversible
