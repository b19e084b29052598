-- revision: v20240217005100
-- down_revision: v20240213205914
-- message: civitai/civitai partner_tier

-- migrate:up
-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "tier" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
