-- revision: v20230124192503
-- down_revision: v20230120050134
-- message: civitai/civitai soft_delete_model

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- migrate:down irreversible
