-- revision: v20240312210710
-- down_revision: v20240312143533
-- message: civitai/civitai vault_item_indexes

-- migrate:up
-- CreateIndex
CREATE INDEX "VaultItem_vaultId_idx" ON "VaultItem" USING HASH ("vaultId");

-- CreateIndex
CREATE INDEX "VaultItem_modelVersionId_idx" ON "VaultItem" USING HASH ("modelVersionId");

-- migrate:down irreversible
