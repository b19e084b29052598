-- revision: v20260409112434
-- down_revision: v20260408082246
-- message: openmeterio/openmeter invoice_line_backend

-- migrate:up
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD COLUMN "engine" character varying NOT NULL DEFAULT 'invoicing';

-- migrate:down
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP COLUMN "engine";
