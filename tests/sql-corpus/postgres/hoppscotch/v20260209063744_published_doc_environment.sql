-- revision: v20260209063744
-- down_revision: v20251207122817
-- message: hoppscotch/hoppscotch published_doc_environment

-- migrate:up
-- AlterTable
ALTER TABLE "PublishedDocs" ADD COLUMN     "environmentID" TEXT,
ADD COLUMN     "environmentName" TEXT,
ADD COLUMN     "environmentVariables" JSONB;

-- migrate:down irreversible
