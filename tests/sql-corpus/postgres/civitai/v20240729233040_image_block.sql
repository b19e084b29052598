-- revision: v20240729233040
-- down_revision: v20240725040405
-- message: civitai/civitai image_block

-- migrate:up
-- CreateEnum
CREATE TYPE "BlockImageReason" AS ENUM ('Ownership', 'CSAM', 'TOS');

-- CreateTable
CREATE TABLE "BlockedImage" (
    "hash" BIGINT NOT NULL,
    "reason" "BlockImageReason" NOT NULL DEFAULT 'Ownership',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockedImage_pkey" PRIMARY KEY ("hash")
);

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "pHash" BIGINT NOT NULL;

-- migrate:down irreversible
