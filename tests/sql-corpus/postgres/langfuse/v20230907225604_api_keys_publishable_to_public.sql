-- revision: v20230907225604
-- down_revision: v20230907225603
-- message: langfuse/langfuse api_keys_publishable_to_public

-- migrate:up
-- DropIndex
DROP INDEX "api_keys_publishable_key_key";

-- RENAME column from "publishable_key" to "public_key" on table "api_keys"
ALTER TABLE "api_keys" rename column "publishable_key" to "public_key";

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_public_key_key" ON "api_keys"("public_key");

-- migrate:down irreversible
