-- revision: v20231130143354
-- down_revision: v20231130141155
-- message: civitai/civitai remove_buzz_account_id

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "Club" DROP COLUMN "buzzAccountId";

-- AlterTable
ALTER TABLE "ClubMembership" ALTER COLUMN "expiresAt" DROP NOT NULL;
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
