-- revision: v20240125182002
-- down_revision: v20240125153716
-- message: civitai/civitai add_unique_on_conected_account_id

-- migrate:up
-- CreateIndex
CREATE UNIQUE INDEX "UserStripeConnect_connectedAccountId_key" ON "UserStripeConnect"("connectedAccountId");

-- migrate:down irreversible
