-- revision: v20260402130955
-- down_revision: v20260331103521
-- message: openmeterio/openmeter add_credit_purchase_effective_at_priority

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ADD COLUMN "effective_at" timestamptz NULL, ADD COLUMN "priority" bigint NULL;

-- migrate:down
-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP COLUMN "priority", DROP COLUMN "effective_at";
