-- revision: v20240604172025
-- down_revision: v20240603200922
-- message: civitai/civitai api_key_type
-- transactional: false

-- migrate:up

-- CreateEnum
CREATE TYPE "ApiKeyType" AS ENUM ('System', 'User');

ALTER TYPE "KeyScope" ADD VALUE 'Generate';

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "type" "ApiKeyType" NOT NULL DEFAULT 'User';

-- migrate:down irreversible
