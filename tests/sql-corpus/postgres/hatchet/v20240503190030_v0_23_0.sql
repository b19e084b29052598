-- revision: v20240503190030
-- down_revision: v20240430161943
-- message: hatchet-dev/hatchet v0_23_0

-- migrate:up
-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "analyticsOptOut" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
