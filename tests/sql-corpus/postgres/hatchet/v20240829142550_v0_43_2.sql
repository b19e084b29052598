-- revision: v20240829142550
-- down_revision: v20240823204123
-- message: hatchet-dev/hatchet v0_43_2

-- migrate:up
-- Modify "ControllerPartition" table
ALTER TABLE "ControllerPartition" ADD COLUMN "name" text NULL;
-- Modify "TenantWorkerPartition" table
ALTER TABLE "TenantWorkerPartition" ADD COLUMN "name" text NULL;

-- migrate:down irreversible
