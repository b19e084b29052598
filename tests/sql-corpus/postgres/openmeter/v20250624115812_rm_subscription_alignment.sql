-- revision: v20250624115812
-- down_revision: v20250623133834
-- message: openmeterio/openmeter rm_subscription_alignment

-- migrate:up
-- modify "subscriptions" table
ALTER TABLE "subscriptions" DROP COLUMN "billables_must_align";

-- migrate:down
-- reverse: modify "subscriptions" table
ALTER TABLE "subscriptions" ADD COLUMN "billables_must_align" boolean NOT NULL DEFAULT false;
