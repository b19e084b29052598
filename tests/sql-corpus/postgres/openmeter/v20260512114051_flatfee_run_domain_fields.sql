-- revision: v20260512114051
-- down_revision: v20260511201803
-- message: openmeterio/openmeter flatfee_run_domain_fields

-- migrate:up
-- modify "charge_flat_fee_runs" table
ALTER TABLE "charge_flat_fee_runs" ADD COLUMN "line_id" character(26) NULL, ADD COLUMN "invoice_id" character(26) NULL, ADD COLUMN "no_fiat_transaction_required" boolean NULL;

UPDATE "charge_flat_fee_runs" AS "r"
SET "no_fiat_transaction_required" = true;

ALTER TABLE "charge_flat_fee_runs" ALTER COLUMN "no_fiat_transaction_required" SET NOT NULL;

-- modify "charge_flat_fee_run_invoiced_usages" table
ALTER TABLE "charge_flat_fee_run_invoiced_usages" DROP CONSTRAINT "charge_flat_fee_run_invoiced_usages_billing_invoice_lines_charg", DROP COLUMN "line_id", DROP COLUMN "mutable";
-- modify "charge_usage_based_run_invoiced_usages" table
ALTER TABLE "charge_usage_based_run_invoiced_usages" DROP COLUMN "line_id", DROP COLUMN "mutable";

ALTER TABLE "charge_flat_fee_runs" ADD CONSTRAINT "charge_flat_fee_runs_billing_invoice_lines_charge_flat_fee_runs" FOREIGN KEY ("line_id") REFERENCES "billing_invoice_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "charge_flat_fee_runs_billing_invoices_charge_flat_fee_runs" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoices" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "charge_flat_fee_runs_line_id_key" to table: "charge_flat_fee_runs"
CREATE UNIQUE INDEX "charge_flat_fee_runs_line_id_key" ON "charge_flat_fee_runs" ("line_id");

-- migrate:down
-- reverse: create index "charge_flat_fee_runs_line_id_key" to table: "charge_flat_fee_runs"
DROP INDEX "charge_flat_fee_runs_line_id_key";
-- reverse: modify "charge_flat_fee_runs" table
ALTER TABLE "charge_flat_fee_runs" DROP CONSTRAINT "charge_flat_fee_runs_billing_invoices_charge_flat_fee_runs", DROP CONSTRAINT "charge_flat_fee_runs_billing_invoice_lines_charge_flat_fee_runs";
-- reverse: modify "charge_usage_based_run_invoiced_usages" table
ALTER TABLE "charge_usage_based_run_invoiced_usages" ADD COLUMN "line_id" character(26) NULL, ADD COLUMN "mutable" boolean NOT NULL DEFAULT false;
ALTER TABLE "charge_usage_based_run_invoiced_usages" ALTER COLUMN "mutable" DROP DEFAULT;
-- reverse: modify "charge_flat_fee_run_invoiced_usages" table
ALTER TABLE "charge_flat_fee_run_invoiced_usages" ADD COLUMN "line_id" character(26) NULL, ADD COLUMN "mutable" boolean NOT NULL DEFAULT false;
ALTER TABLE "charge_flat_fee_run_invoiced_usages" ALTER COLUMN "mutable" DROP DEFAULT;
ALTER TABLE "charge_flat_fee_run_invoiced_usages" ADD CONSTRAINT "charge_flat_fee_run_invoiced_usages_billing_invoice_lines_charg" FOREIGN KEY ("line_id") REFERENCES "billing_invoice_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- reverse: modify "charge_flat_fee_runs" table
ALTER TABLE "charge_flat_fee_runs" DROP COLUMN "no_fiat_transaction_required", DROP COLUMN "invoice_id", DROP COLUMN "line_id";
