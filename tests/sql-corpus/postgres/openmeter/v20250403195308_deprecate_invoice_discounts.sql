-- revision: v20250403195308
-- down_revision: v20250401093027
-- message: openmeterio/openmeter deprecate_invoice_discounts

-- migrate:up
-- modify "billing_invoice_discounts" table
ALTER TABLE "billing_invoice_discounts" DROP CONSTRAINT "billing_invoice_discounts_billing_invoices_invoice_discounts";
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP CONSTRAINT "billing_invoice_lines_billing_invoice_discounts_lines";

-- migrate:down
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD
 CONSTRAINT "billing_invoice_lines_billing_invoice_discounts_lines" FOREIGN KEY ("line_ids") REFERENCES "billing_invoice_discounts" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- reverse: modify "billing_invoice_discounts" table
ALTER TABLE "billing_invoice_discounts" ADD
 CONSTRAINT "billing_invoice_discounts_billing_invoices_invoice_discounts" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoices" ("id") ON UPDATE NO ACTION ON DELETE CASCADE;
