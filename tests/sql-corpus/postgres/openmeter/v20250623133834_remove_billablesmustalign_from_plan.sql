-- revision: v20250623133834
-- down_revision: v20250618194112
-- message: openmeterio/openmeter remove_billablesmustalign_from_plan

-- migrate:up
-- modify "plans" table
ALTER TABLE "plans" DROP COLUMN "billables_must_align";

-- migrate:down
-- reverse: modify "plans" table
ALTER TABLE "plans" ADD COLUMN "billables_must_align" boolean NOT NULL DEFAULT false;
