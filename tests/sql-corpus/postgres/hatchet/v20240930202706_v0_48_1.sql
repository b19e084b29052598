-- revision: v20240930202706
-- down_revision: v20240928144316
-- message: hatchet-dev/hatchet v0_48_1

-- migrate:up
-- Modify "JobRun" table
ALTER TABLE "JobRun" DROP CONSTRAINT "JobRun_jobId_fkey";
-- Modify "JobRunLookupData" table
ALTER TABLE "JobRunLookupData" DROP CONSTRAINT "JobRunLookupData_tenantId_fkey";

-- migrate:down irreversible
