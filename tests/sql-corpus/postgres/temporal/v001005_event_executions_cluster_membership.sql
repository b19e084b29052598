-- revision: v001005
-- down_revision: v001004
-- message: temporalio/temporal event_executions_cluster_membership

-- migrate:up
ALTER TABLE history_node ADD prev_txn_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD db_record_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cluster_membership ALTER COLUMN rpc_address TYPE VARCHAR(128);

-- migrate:down irreversible
