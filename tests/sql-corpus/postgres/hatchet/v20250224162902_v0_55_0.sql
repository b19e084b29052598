-- revision: v20250224162902
-- down_revision: v20250127160736
-- message: hatchet-dev/hatchet v0_55_0

-- migrate:up
-- +goose StatementBegin
-- Create enum type "TenantMajorEngineVersion"
CREATE TYPE "TenantMajorEngineVersion" AS ENUM ('V0', 'V1');
-- Modify "Tenant" table
ALTER TABLE "Tenant" ADD COLUMN "version" "TenantMajorEngineVersion" NOT NULL DEFAULT 'V0';

ALTER TYPE "LeaseKind" ADD VALUE 'CONCURRENCY_STRATEGY';
-- +goose StatementEnd

-- migrate:down irreversible
