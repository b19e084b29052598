-- revision: v20241021124045
-- down_revision: v20241017135535
-- message: openmeterio/openmeter billing_profile

-- migrate:up
-- modify "billing_customer_overrides" table
-- atlas:nolint DS103
ALTER TABLE "billing_customer_overrides" DROP COLUMN "item_collection_period_seconds", DROP COLUMN "invoice_draft_period_seconds", DROP COLUMN "invoice_due_after_seconds", DROP COLUMN "invoice_item_resolution", DROP COLUMN "invoice_item_per_subject", ADD COLUMN "item_collection_period" character varying NULL, ADD COLUMN "invoice_draft_period" character varying NULL, ADD COLUMN "invoice_due_after" character varying NULL;
-- modify "billing_invoices" table
-- atlas:nolint DS103
ALTER TABLE "billing_invoices" DROP COLUMN "tax_provider", DROP COLUMN "invoicing_provider", DROP COLUMN "payment_provider";
-- modify "billing_workflow_configs" table
-- atlas:nolint DS103 MF103
ALTER TABLE "billing_workflow_configs" DROP COLUMN "item_collection_period_seconds", DROP COLUMN "invoice_draft_period_seconds", DROP COLUMN "invoice_due_after_seconds", DROP COLUMN "invoice_item_resolution", DROP COLUMN "timezone", DROP COLUMN "invoice_item_per_subject", ADD COLUMN "item_collection_period" character varying NOT NULL, ADD COLUMN "invoice_draft_period" character varying NOT NULL, ADD COLUMN "invoice_due_after" character varying NOT NULL;
-- modify "billing_profiles" table
-- atlas:nolint DS103 MF103
ALTER TABLE "billing_profiles" DROP COLUMN "tax_provider", DROP COLUMN "invoicing_provider", DROP COLUMN "payment_provider", ADD COLUMN "supplier_tax_code" character varying NULL, ADD COLUMN "tax_app_id" character(26) NOT NULL, ADD COLUMN "invoicing_app_id" character(26) NOT NULL, ADD COLUMN "payment_app_id" character(26) NOT NULL, ADD
 CONSTRAINT "billing_profiles_apps_invoicing_app" FOREIGN KEY ("invoicing_app_id") REFERENCES "apps" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD
 CONSTRAINT "billing_profiles_apps_payment_app" FOREIGN KEY ("payment_app_id") REFERENCES "apps" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD
 CONSTRAINT "billing_profiles_apps_tax_app" FOREIGN KEY ("tax_app_id") REFERENCES "apps" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;

-- migrate:down
-- reverse: modify "billing_profiles" table
ALTER TABLE "billing_profiles" DROP CONSTRAINT "billing_profiles_apps_tax_app", DROP CONSTRAINT "billing_profiles_apps_payment_app", DROP CONSTRAINT "billing_profiles_apps_invoicing_app", DROP COLUMN "payment_app_id", DROP COLUMN "invoicing_app_id", DROP COLUMN "tax_app_id", DROP COLUMN "supplier_tax_code", ADD COLUMN "payment_provider" character varying NOT NULL, ADD COLUMN "invoicing_provider" character varying NOT NULL, ADD COLUMN "tax_provider" character varying NOT NULL;
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "invoice_due_after", DROP COLUMN "invoice_draft_period", DROP COLUMN "item_collection_period", ADD COLUMN "invoice_item_per_subject" boolean NOT NULL, ADD COLUMN "timezone" character varying NULL, ADD COLUMN "invoice_item_resolution" character varying NOT NULL, ADD COLUMN "invoice_due_after_seconds" bigint NOT NULL, ADD COLUMN "invoice_draft_period_seconds" bigint NOT NULL, ADD COLUMN "item_collection_period_seconds" bigint NOT NULL;
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "payment_provider" character varying NULL, ADD COLUMN "invoicing_provider" character varying NULL, ADD COLUMN "tax_provider" character varying NULL;
-- reverse: modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" DROP COLUMN "invoice_due_after", DROP COLUMN "invoice_draft_period", DROP COLUMN "item_collection_period", ADD COLUMN "invoice_item_per_subject" boolean NULL, ADD COLUMN "invoice_item_resolution" character varying NULL, ADD COLUMN "invoice_due_after_seconds" bigint NULL, ADD COLUMN "invoice_draft_period_seconds" bigint NULL, ADD COLUMN "item_collection_period_seconds" bigint NULL;
