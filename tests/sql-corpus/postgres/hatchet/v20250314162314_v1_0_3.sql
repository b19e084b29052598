-- revision: v20250314162314
-- down_revision: v20250313202558
-- message: hatchet-dev/hatchet v1_0_3

-- migrate:up
-- +goose StatementBegin
ALTER TABLE "Tenant" ADD COLUMN IF NOT EXISTS "canUpgradeV1" BOOLEAN NOT NULL DEFAULT true;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE "Tenant" DROP COLUMN IF EXISTS "canUpgradeV1";
-- +goose StatementEnd
