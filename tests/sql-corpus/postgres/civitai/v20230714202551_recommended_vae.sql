-- revision: v20230714202551
-- down_revision: v20230712204937
-- message: civitai/civitai recommended_vae

-- migrate:up

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "vaeId" INTEGER;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_vaeId_fkey" FOREIGN KEY ("vaeId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
