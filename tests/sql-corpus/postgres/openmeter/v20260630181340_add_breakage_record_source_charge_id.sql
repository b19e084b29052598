-- revision: v20260630181340
-- down_revision: v20260630163845
-- message: openmeterio/openmeter add_breakage_record_source_charge_id

-- migrate:up
-- modify "ledger_breakage_records" table
ALTER TABLE "ledger_breakage_records" ADD COLUMN "source_charge_id" character(26) NULL;
-- create index "ledgerbreakagerecord_namespace_source_charge_id" to table: "ledger_breakage_records"
CREATE INDEX "ledgerbreakagerecord_namespace_source_charge_id" ON "ledger_breakage_records" ("namespace", "source_charge_id");

-- migrate:down
-- reverse: create index "ledgerbreakagerecord_namespace_source_charge_id" to table: "ledger_breakage_records"
DROP INDEX "ledgerbreakagerecord_namespace_source_charge_id";
-- reverse: modify "ledger_breakage_records" table
ALTER TABLE "ledger_breakage_records" DROP COLUMN "source_charge_id";
