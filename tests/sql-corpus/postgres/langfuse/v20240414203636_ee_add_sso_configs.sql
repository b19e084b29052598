-- revision: v20240414203636
-- down_revision: v20240411224142
-- message: langfuse/langfuse ee_add_sso_configs

-- migrate:up
-- CreateTable
CREATE TABLE "sso_configs" (
    "domain" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "auth_provider" TEXT NOT NULL,
    "auth_config" JSONB,

    CONSTRAINT "sso_configs_pkey" PRIMARY KEY ("domain")
);

-- migrate:down irreversible
