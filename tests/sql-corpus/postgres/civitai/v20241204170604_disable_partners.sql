-- revision: v20241204170604
-- down_revision: v20241204163054
-- message: civitai/civitai disable_partners

-- migrate:up
-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "disabled" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
