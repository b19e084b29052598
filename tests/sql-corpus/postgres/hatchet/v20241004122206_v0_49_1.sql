-- revision: v20241004122206
-- down_revision: v20240930233257
-- message: hatchet-dev/hatchet v0_49_1

-- migrate:up
-- Add value to enum type: "InternalQueue"
ALTER TYPE "InternalQueue" ADD VALUE 'STEP_RUN_UPDATE_V2';

-- migrate:down irreversible
