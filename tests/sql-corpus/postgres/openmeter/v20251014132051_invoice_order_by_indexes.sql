-- revision: v20251014132051
-- down_revision: v20251006141236
-- message: openmeterio/openmeter invoice_order_by_indexes

-- migrate:up
-- create index "billinginvoice_namespace_created_at" to table: "billing_invoices"
CREATE INDEX "billinginvoice_namespace_created_at" ON "billing_invoices" ("namespace", "created_at");
-- create index "billinginvoice_namespace_issued_at" to table: "billing_invoices"
CREATE INDEX "billinginvoice_namespace_issued_at" ON "billing_invoices" ("namespace", "issued_at");
-- create index "billinginvoice_namespace_period_start" to table: "billing_invoices"
CREATE INDEX "billinginvoice_namespace_period_start" ON "billing_invoices" ("namespace", "period_start");
-- create index "billinginvoice_namespace_updated_at" to table: "billing_invoices"
CREATE INDEX "billinginvoice_namespace_updated_at" ON "billing_invoices" ("namespace", "updated_at");

-- migrate:down
-- reverse: create index "billinginvoice_namespace_updated_at" to table: "billing_invoices"
DROP INDEX "billinginvoice_namespace_updated_at";
-- reverse: create index "billinginvoice_namespace_period_start" to table: "billing_invoices"
DROP INDEX "billinginvoice_namespace_period_start";
-- reverse: create index "billinginvoice_namespace_issued_at" to table: "billing_invoices"
DROP INDEX "billinginvoice_namespace_issued_at";
-- reverse: create index "billinginvoice_namespace_created_at" to table: "billing_invoices"
DROP INDEX "billinginvoice_namespace_created_at";
