-- revision: v20260325154250
-- down_revision: v20260325084446
-- message: openmeterio/openmeter add_settlement_mode_for_plan_and_subscription

-- migrate:up
-- modify "plans" table
ALTER TABLE "plans" ADD COLUMN "settlement_mode" character varying NOT NULL DEFAULT 'credit_then_invoice';
-- modify "subscriptions" table
ALTER TABLE "subscriptions" ADD COLUMN "settlement_mode" character varying NOT NULL DEFAULT 'credit_then_invoice';

-- migrate:down
-- reverse: modify "subscriptions" table
ALTER TABLE "subscriptions" DROP COLUMN "settlement_mode";
-- reverse: modify "plans" table
ALTER TABLE "plans" DROP COLUMN "settlement_mode";
