-- revision: v20241209152120
-- down_revision: v20241209085334
-- message: openmeterio/openmeter subs_plan_linking

-- migrate:up
-- modify "subscriptions" table
ALTER TABLE "subscriptions" DROP COLUMN "plan_key", DROP COLUMN "plan_version", ADD COLUMN "plan_id" character(26) NULL, ADD
 CONSTRAINT "subscriptions_plans_subscriptions" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;

-- migrate:down
-- reverse: modify "subscriptions" table
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_plans_subscriptions", DROP COLUMN "plan_id", ADD COLUMN "plan_version" bigint NOT NULL, ADD COLUMN "plan_key" character varying NOT NULL;
