-- revision: v20240312143533
-- down_revision: v20240308194924
-- message: civitai/civitai vault_item_files_as_json

-- migrate:up
-- AlterTable
ALTER TABLE "VaultItem" DROP COLUMN "files",
ADD COLUMN     "files" JSONB NOT NULL DEFAULT '[]';

-- migrate:down irreversible
