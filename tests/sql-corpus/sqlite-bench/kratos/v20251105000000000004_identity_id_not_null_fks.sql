-- revision: v20251105000000000004
-- down_revision: v20251105000000000003
-- message: ory/kratos identity_id_not_null_fks

-- migrate:up
-- Nothing, all done in 20251104000000000000_identifiers_devices_identity_id.sqlite.up.sql

-- migrate:down
-- Nothing, all done in 20251104000000000000_identifiers_devices_identity_id.sqlite.down.sql
