-- revision: v20250824131856
-- down_revision: v20250822193023
-- message: hatchet-dev/hatchet v1_0_40

-- migrate:up
-- +goose StatementBegin
-- enum for environment
CREATE TYPE "TenantEnvironment" AS ENUM ('local', 'development', 'production');

ALTER TABLE "Tenant"
    ADD COLUMN "onboardingData" JSONB,
    ADD COLUMN "environment" "TenantEnvironment";
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE "Tenant"
    DROP COLUMN "onboardingData",
    DROP COLUMN "environment";
DROP TYPE "TenantEnvironment";
-- +goose StatementEnd
