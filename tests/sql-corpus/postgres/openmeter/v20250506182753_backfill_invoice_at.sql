-- revision: v20250506182753
-- down_revision: v20250424160933
-- message: openmeterio/openmeter backfill_invoice_at

-- migrate:up
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" = 'issued';
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" LIKE 'payment_processing.%';
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" = 'paid';
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" = 'overdue';
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" = 'uncollectible';
UPDATE "billing_invoices" SET "issued_at" = "updated_at" WHERE "issued_at" IS NULL AND "status" = 'voided';

-- migrate:down
-- no-op
