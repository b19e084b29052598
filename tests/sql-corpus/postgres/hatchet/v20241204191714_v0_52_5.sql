-- revision: v20241204191714
-- down_revision: v20241121142159
-- message: hatchet-dev/hatchet v0_52_5

-- migrate:up
UPDATE "WorkflowTriggerCronRef" SET "name" = '' WHERE "name" IS NULL;

-- migrate:down irreversible
