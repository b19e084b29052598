-- revision: v20250519145912
-- down_revision: v20250512141736
-- message: hatchet-dev/hatchet v1_0_21

-- migrate:up
-- +goose StatementBegin
CREATE TYPE "TenantMajorUIVersion" AS ENUM (
    'V0',
    'V1'
);

ALTER TABLE "Tenant"
ADD COLUMN "uiVersion" "TenantMajorUIVersion" NOT NULL DEFAULT 'V0'
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE "Tenant"
DROP COLUMN "uiVersion";

DROP TYPE "TenantMajorUIVersion"
-- +goose StatementEnd
