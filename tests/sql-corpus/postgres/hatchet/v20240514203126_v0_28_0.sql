-- revision: v20240514203126
-- down_revision: v20240514192527
-- message: hatchet-dev/hatchet v0_28_0

-- migrate:up
-- AlterEnum
ALTER TYPE "StepRunEventReason" ADD VALUE 'TIMEOUT_REFRESHED';

-- migrate:down irreversible
