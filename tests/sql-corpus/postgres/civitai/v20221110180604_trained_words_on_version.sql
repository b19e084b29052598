-- revision: v20221110180604
-- down_revision: v20221109192749
-- message: civitai/civitai trained_words_on_version

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "trainedWords" TEXT[];

-- Add Model Trained Words
UPDATE "ModelVersion"
SET "trainedWords" = "Model"."trainedWords"
FROM "Model"
WHERE "Model".id = "ModelVersion"."modelId";

-- AlterTable
ALTER TABLE "Model" DROP COLUMN "trainedWords";

-- migrate:down irreversible
