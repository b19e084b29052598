-- revision: v20240923170525
-- down_revision: v20240920070940
-- message: openmeterio/openmeter customer_drop_providers

-- migrate:up
-- modify "customers" table
ALTER TABLE "customers" DROP COLUMN "tax_provider", DROP COLUMN "invoicing_provider", DROP COLUMN "payment_provider";

-- migrate:down
-- reverse: modify "customers" table
-- atlas:nolint DS103
ALTER TABLE "customers" ADD COLUMN "payment_provider" character varying NULL, ADD COLUMN "invoicing_provider" character varying NULL, ADD COLUMN "tax_provider" character varying NULL;
