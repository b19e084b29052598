-- revision: v20160831215112
-- down_revision: v20160831023417
-- message: rust-lang/rfcbot-rs fcp_fields_start_closed

-- migrate:up
ALTER TABLE fcp_proposal ADD COLUMN fcp_start TIMESTAMP WITHOUT TIME ZONE;
ALTER TABLE fcp_proposal ADD COLUMN fcp_closed BOOLEAN NOT NULL;

-- migrate:down
ALTER TABLE fcp_proposal DROP COLUMN fcp_start;
ALTER TABLE fcp_proposal DROP COLUMN fcp_closed;
