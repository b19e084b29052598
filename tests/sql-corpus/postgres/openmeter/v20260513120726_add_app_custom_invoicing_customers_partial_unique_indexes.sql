-- revision: v20260513120726
-- down_revision: v20260513083018
-- message: openmeterio/openmeter add_app_custom_invoicing_customers_partial_unique_indexes

-- migrate:up
-- drop index "appcustominvoicingcustomer_namespace_app_id_customer_id" from table: "app_custom_invoicing_customers"
DROP INDEX "appcustominvoicingcustomer_namespace_app_id_customer_id";
-- create index "appcustominvoicingcustomer_namespace_app_id_customer_id" to table: "app_custom_invoicing_customers"
CREATE UNIQUE INDEX "appcustominvoicingcustomer_namespace_app_id_customer_id" ON "app_custom_invoicing_customers" ("namespace", "app_id", "customer_id") WHERE (deleted_at IS NULL);

-- migrate:down
-- reverse: create index "appcustominvoicingcustomer_namespace_app_id_customer_id" to table: "app_custom_invoicing_customers"
DROP INDEX "appcustominvoicingcustomer_namespace_app_id_customer_id";
-- reverse: drop index "appcustominvoicingcustomer_namespace_app_id_customer_id" from table: "app_custom_invoicing_customers"
CREATE UNIQUE INDEX "appcustominvoicingcustomer_namespace_app_id_customer_id" ON "app_custom_invoicing_customers" ("namespace", "app_id", "customer_id");
