-- revision: v20250204184648
-- down_revision: v20250203165324
-- message: openmeterio/openmeter subscription_alignment

-- migrate:up
-- modify "subscriptions" table
ALTER TABLE "subscriptions" ADD COLUMN "billables_must_align" boolean NOT NULL DEFAULT false;

-- migrate:down
-- reverse: modify "subscriptions" table
ALTER TABLE "subscriptions" DROP COLUMN "billables_must_align";
