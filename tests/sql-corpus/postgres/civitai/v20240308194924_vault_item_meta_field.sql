-- revision: v20240308194924
-- down_revision: v20240307231126
-- message: civitai/civitai vault_item_meta_field

-- migrate:up
-- AlterTable
ALTER TABLE "VaultItem" ADD COLUMN     "meta" JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
