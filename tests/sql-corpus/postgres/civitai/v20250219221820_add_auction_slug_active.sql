-- revision: v20250219221820
-- down_revision: v20250219193308
-- message: civitai/civitai add_auction_slug_active

-- migrate:up
ALTER TABLE "AuctionBase" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "slug" TEXT NOT NULL;

CREATE UNIQUE INDEX "AuctionBase_slug_key" ON "AuctionBase"("slug");

-- migrate:down irreversible
