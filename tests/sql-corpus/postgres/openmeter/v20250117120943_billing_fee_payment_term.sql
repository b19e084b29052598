-- revision: v20250117120943
-- down_revision: v20250114104811
-- message: openmeterio/openmeter billing_fee_payment_term

-- migrate:up
-- modify "billing_invoice_flat_fee_line_configs" table
ALTER TABLE "billing_invoice_flat_fee_line_configs" ADD COLUMN "payment_term" character varying NOT NULL DEFAULT 'in_advance';

-- migrate:down
-- reverse: modify "billing_invoice_flat_fee_line_configs" table
ALTER TABLE "billing_invoice_flat_fee_line_configs" DROP COLUMN "payment_term";
