-- revision: v20260326163949
-- down_revision: v20260326000000
-- message: openmeterio/openmeter add_ledger_transaction_authorization_status

-- migrate:up
-- modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" ADD COLUMN "transaction_authorization_status" character varying NULL;

-- migrate:down
-- reverse: modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" DROP COLUMN "transaction_authorization_status";
