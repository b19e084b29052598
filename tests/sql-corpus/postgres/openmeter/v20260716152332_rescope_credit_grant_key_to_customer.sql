-- revision: v20260716152332
-- down_revision: v20260716150456
-- message: openmeterio/openmeter rescope_credit_grant_key_to_customer

-- migrate:up
-- drop index "chargecreditpurchase_namespace_key" from table: "charge_credit_purchases"
DROP INDEX "chargecreditpurchase_namespace_key";
-- create index "chargecreditpurchase_namespace_customer_id_key" to table: "charge_credit_purchases"
-- the old (namespace, key) unique index guarantees no (namespace, customer_id, key) duplicates exist,
-- so widening the key scope cannot fail on existing data
-- atlas:nolint MF101
CREATE UNIQUE INDEX "chargecreditpurchase_namespace_customer_id_key" ON "charge_credit_purchases" ("namespace", "customer_id", "key") WHERE ((key IS NOT NULL) AND (deleted_at IS NULL));

-- migrate:down
-- reverse: create index "chargecreditpurchase_namespace_customer_id_key" to table: "charge_credit_purchases"
DROP INDEX "chargecreditpurchase_namespace_customer_id_key";
-- reverse: drop index "chargecreditpurchase_namespace_key" from table: "charge_credit_purchases"
CREATE UNIQUE INDEX "chargecreditpurchase_namespace_key" ON "charge_credit_purchases" ("namespace", "key") WHERE ((key IS NOT NULL) AND (deleted_at IS NULL));
