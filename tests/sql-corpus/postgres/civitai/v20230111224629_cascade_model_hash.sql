-- revision: v20230111224629
-- down_revision: v20230111032437
-- message: civitai/civitai cascade_model_hash

-- migrate:up
-- DropForeignKey
ALTER TABLE "ModelHash" DROP CONSTRAINT "ModelHash_fileId_fkey";

-- AddForeignKey
ALTER TABLE "ModelHash" ADD CONSTRAINT "ModelHash_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ModelFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
