-- revision: v20250508191050
-- down_revision: v20250508113400
-- message: civitai/civitai new_order_rank_icon_column

-- migrate:up
-- AlterTable
ALTER TABLE "NewOrderRank" ADD COLUMN     "iconUrl" TEXT;

-- migrate:down irreversible
