-- revision: v20240517204453
-- down_revision: v20240514203126
-- message: hatchet-dev/hatchet v0_28_1

-- migrate:up
-- AlterEnum
ALTER TYPE "StepRunEventReason" ADD VALUE 'RETRIED_BY_USER';

-- migrate:down irreversible
