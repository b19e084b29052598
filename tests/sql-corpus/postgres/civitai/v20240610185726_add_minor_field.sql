-- revision: v20240610185726
-- down_revision: v20240606185927
-- message: civitai/civitai add_minor_field

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN "minor" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
