-- revision: v20260113121259
-- down_revision: v20260112160815
-- message: openmeterio/openmeter gathering_invoice_unique

-- migrate:up
-- create index "billinginvoice_namespace_customer_id_currency" to table: "billing_invoices"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "billinginvoice_namespace_customer_id_currency" ON "billing_invoices" ("namespace", "customer_id", "currency") WHERE ((deleted_at IS NULL) AND ((status)::text = 'gathering'::text));

-- migrate:down
-- reverse: create index "billinginvoice_namespace_customer_id_currency" to table: "billing_invoices"
DROP INDEX "billinginvoice_namespace_customer_id_currency";
