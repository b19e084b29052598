-- revision: v20250203131553
-- down_revision: v20250203103124
-- message: openmeterio/openmeter plan_alignment

-- migrate:up
-- modify "plans" table
ALTER TABLE "plans" ADD COLUMN "billables_must_align" boolean NOT NULL DEFAULT false;

-- migrate:down
-- reverse: modify "plans" table
ALTER TABLE "plans" DROP COLUMN "billables_must_align";
