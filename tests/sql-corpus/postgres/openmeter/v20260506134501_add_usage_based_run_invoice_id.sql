-- revision: v20260506134501
-- down_revision: v20260506102300
-- message: openmeterio/openmeter add_usage_based_run_invoice_id

-- migrate:up
-- modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" ADD COLUMN "invoice_id" character(26) NULL, ADD CONSTRAINT "charge_usage_based_runs_billing_invoices_charge_usage_based_run" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoices" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;

-- migrate:down
-- reverse: modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" DROP CONSTRAINT "charge_usage_based_runs_billing_invoices_charge_usage_based_run", DROP COLUMN "invoice_id";
