-- revision: v20221223152905
-- down_revision: v20221223150407
-- message: triggerdotdev/trigger.dev add_secret_to_external_source

-- migrate:up
-- AlterTable
ALTER TABLE "ExternalSource" ADD COLUMN     "secret" TEXT;

-- migrate:down irreversible
