-- revision: v20240305191909
-- down_revision: v20240229155733
-- message: civitai/civitai vault_item_improvement_schema_changes

-- migrate:up
-- DropForeignKey
ALTER TABLE "VaultItem" DROP CONSTRAINT "VaultItem_modelId_fkey";

-- DropForeignKey
ALTER TABLE "VaultItem" DROP CONSTRAINT "VaultItem_modelVersionId_fkey";

-- AlterTable
ALTER TABLE "VaultItem" DROP COLUMN "hash",
ADD COLUMN     "files" TEXT[] DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "modelVersionId" SET NOT NULL,
ALTER COLUMN "modelId" SET NOT NULL;

-- migrate:down irreversible
