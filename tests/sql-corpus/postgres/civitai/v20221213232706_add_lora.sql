-- revision: v20221213232706
-- down_revision: v20221212045320
-- message: civitai/civitai add_lora

-- migrate:up
/*
  Warnings:

  - The values [VAE] on the enum `ModelType` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
-- BEGIN; (the revision's own transaction)
CREATE TYPE "ModelType_new" AS ENUM ('Checkpoint', 'TextualInversion', 'Hypernetwork', 'AestheticGradient', 'LORA');
ALTER TABLE "Model" ALTER COLUMN "type" TYPE "ModelType_new" USING ("type"::text::"ModelType_new");
ALTER TYPE "ModelType" RENAME TO "ModelType_old";
ALTER TYPE "ModelType_new" RENAME TO "ModelType";
DROP TYPE "ModelType_old";
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
