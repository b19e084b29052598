-- revision: v20250110164610
-- down_revision: v20250109231835
-- message: openmeterio/openmeter customer_remove_tz

-- migrate:up
-- modify "billing_invoices" table
-- atlas:nolint DS103
ALTER TABLE "billing_invoices" DROP COLUMN "customer_timezone";
-- modify "customers" table
-- atlas:nolint DS103
ALTER TABLE "customers" DROP COLUMN "timezone";

-- migrate:down
-- reverse: modify "customers" table
ALTER TABLE "customers" ADD COLUMN "timezone" character varying NULL;
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "customer_timezone" character varying NULL;
