-- revision: v20250310194038
-- down_revision: v20250303170613
-- message: civitai/civitai moderation_rules

-- migrate:up
-- CreateEnum
CREATE TYPE "ModerationRuleAction" AS ENUM ('Approve', 'Block', 'Hold');

-- CreateTable
CREATE TABLE "ModerationRule" (
    "id" SERIAL NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "definition" JSONB NOT NULL,
    "action" "ModerationRuleAction" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "order" INTEGER,
    "reason" TEXT,

    CONSTRAINT "ModerationRule_pkey" PRIMARY KEY ("id")
);

-- migrate:down irreversible
