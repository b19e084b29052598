-- revision: v20260709134500
-- down_revision: v20260709134422
-- message: openmeterio/openmeter add_credit_purchase_voided_at

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ADD COLUMN "voided_at" timestamptz NULL;

-- migrate:down
-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP COLUMN "voided_at";
