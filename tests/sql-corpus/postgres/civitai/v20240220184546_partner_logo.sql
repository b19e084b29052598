-- revision: v20240220184546
-- down_revision: v20240219150315
-- message: civitai/civitai partner_logo

-- migrate:up
-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "logo" TEXT;

-- migrate:down irreversible
