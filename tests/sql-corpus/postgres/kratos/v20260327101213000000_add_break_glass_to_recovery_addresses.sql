-- revision: v20260327101213000000
-- down_revision: v20260127000000000001
-- message: ory/kratos add_break_glass_to_recovery_addresses

-- migrate:up
ALTER TABLE identity_recovery_addresses ADD COLUMN IF NOT EXISTS break_glass_for_organization UUID;

-- migrate:down
ALTER TABLE identity_recovery_addresses DROP COLUMN IF EXISTS break_glass_for_organization;
