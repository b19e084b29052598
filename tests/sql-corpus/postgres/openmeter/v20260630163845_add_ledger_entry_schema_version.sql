-- revision: v20260630163845
-- down_revision: v20260630163430
-- message: openmeterio/openmeter add_ledger_entry_schema_version

-- migrate:up
-- modify "ledger_entries" table
ALTER TABLE "ledger_entries" ADD COLUMN "schema_version" bigint NOT NULL DEFAULT 1;

-- migrate:down
-- reverse: modify "ledger_entries" table
ALTER TABLE "ledger_entries" DROP COLUMN "schema_version";
