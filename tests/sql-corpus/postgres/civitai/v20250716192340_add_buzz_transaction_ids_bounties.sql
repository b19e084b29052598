-- revision: v20250716192340
-- down_revision: v20250709185739
-- message: civitai/civitai add_buzz_transaction_ids_bounties

-- migrate:up
 -- AlterTable
ALTER TABLE "BountyBenefactor" ADD COLUMN     "buzzTransactionId" TEXT;
 

-- migrate:down irreversible
