-- revision: v20260323132723
-- down_revision: v20260320171954
-- message: openmeterio/openmeter ledger_route_cost_basis

-- migrate:up
-- modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" ADD COLUMN "cost_basis" numeric NULL;

-- migrate:down
-- reverse: modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" DROP COLUMN "cost_basis";
