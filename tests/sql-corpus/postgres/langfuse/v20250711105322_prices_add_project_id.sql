-- revision: v20250711105322
-- down_revision: v20250709113103
-- message: langfuse/langfuse prices_add_project_id

-- migrate:up
-- AlterTable
ALTER TABLE "prices"
    ADD COLUMN "project_id" TEXT;

-- AddForeignKey
ALTER TABLE "prices"
    ADD CONSTRAINT "prices_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- BackfillData
UPDATE "prices"
SET "project_id" = (SELECT "models"."project_id"
                    FROM "models"
                    WHERE "models"."id" = "prices"."model_id");

-- migrate:down irreversible
