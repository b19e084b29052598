-- revision: v20260629113257
-- down_revision: v20260629085650
-- message: openmeterio/openmeter credit_purchase_idempotency_key

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ADD COLUMN "key" character varying NULL;
-- create index "chargecreditpurchase_namespace_key" to table: "charge_credit_purchases"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "chargecreditpurchase_namespace_key" ON "charge_credit_purchases" ("namespace", "key") WHERE ((key IS NOT NULL) AND (deleted_at IS NULL));

-- migrate:down
-- reverse: create index "chargecreditpurchase_namespace_key" to table: "charge_credit_purchases"
DROP INDEX "chargecreditpurchase_namespace_key";
-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP COLUMN "key";
