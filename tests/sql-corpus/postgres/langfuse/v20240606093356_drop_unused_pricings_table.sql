-- revision: v20240606093356
-- down_revision: v20240604133339
-- message: langfuse/langfuse drop_unused_pricings_table

-- migrate:up
/*
  Warnings:

  - You are about to drop the `pricings` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "pricings";

-- DropEnum
DROP TYPE "PricingUnit";

-- DropEnum
DROP TYPE "TokenType";

-- migrate:down irreversible
