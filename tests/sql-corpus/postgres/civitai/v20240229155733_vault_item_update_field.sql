-- revision: v20240229155733
-- down_revision: v20240227203510
-- message: civitai/civitai vault_item_update_field

-- migrate:up
ALTER TABLE "VaultItem" DROP COLUMN "detailsSizeKB",
DROP COLUMN "imagesSizeKB",
DROP COLUMN "modelSizeKB",
ADD COLUMN     "detailsSizeKb" INTEGER NOT NULL,
ADD COLUMN     "imagesSizeKb" INTEGER NOT NULL,
ADD COLUMN     "modelSizeKb" INTEGER NOT NULL;

-- migrate:down irreversible
