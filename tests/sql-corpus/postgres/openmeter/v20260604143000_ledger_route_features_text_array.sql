-- revision: v20260604143000
-- down_revision: v20260527120000
-- message: openmeterio/openmeter ledger_route_features_text_array

-- migrate:up
-- modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" DROP COLUMN "features", ADD COLUMN "features" text[] NULL;

-- migrate:down
-- reverse: modify "ledger_sub_account_routes" table
ALTER TABLE "ledger_sub_account_routes" DROP COLUMN "features", ADD COLUMN "features" jsonb NULL;
