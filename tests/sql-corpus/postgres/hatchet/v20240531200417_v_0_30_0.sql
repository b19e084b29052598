-- revision: v20240531200417
-- down_revision: v20240531142907
-- message: hatchet-dev/hatchet v_0_30_0

-- migrate:up
-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "alertMemberEmails" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "TenantAlertingSettings" ADD COLUMN     "enableExpiringTokenAlerts" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "enableWorkflowRunFailureAlerts" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
