-- revision: v20260728090000
-- down_revision: v20260727095118
-- message: openmeterio/openmeter om_400_unit_config_entitlement_and_balance_snapshot

-- migrate:up
-- modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" ADD COLUMN "unit_config" jsonb NULL;
-- modify "entitlements" table
ALTER TABLE "entitlements" ADD COLUMN "unit_config" jsonb NULL;

-- migrate:down
-- reverse: modify "entitlements" table
ALTER TABLE "entitlements" DROP COLUMN "unit_config";
-- reverse: modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" DROP COLUMN "unit_config";
