-- revision: v20250707075725
-- down_revision: v20250703081943
-- message: openmeterio/openmeter billingline_annotations

-- migrate:up
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD COLUMN "annotations" jsonb NULL;
-- create index "billinginvoiceline_annotations" to table: "billing_invoice_lines"
CREATE INDEX "billinginvoiceline_annotations" ON "billing_invoice_lines" USING gin ("annotations");

-- migrate:down
-- reverse: create index "billinginvoiceline_annotations" to table: "billing_invoice_lines"
DROP INDEX "billinginvoiceline_annotations";
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP COLUMN "annotations";
