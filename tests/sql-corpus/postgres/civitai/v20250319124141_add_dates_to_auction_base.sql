-- revision: v20250319124141
-- down_revision: v20250318165942
-- message: civitai/civitai add_dates_to_auction_base

-- migrate:up
ALTER TABLE "AuctionBase"
  ADD COLUMN "runForDays"   INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "validForDays" INTEGER NOT NULL DEFAULT 1;

-- migrate:down irreversible
