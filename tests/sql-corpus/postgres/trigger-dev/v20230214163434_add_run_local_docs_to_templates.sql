-- revision: v20230214163434
-- down_revision: v20230214101645
-- message: triggerdotdev/trigger.dev add_run_local_docs_to_templates

-- migrate:up
-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "runLocalDocs" TEXT NOT NULL DEFAULT 'Documentation

This template does not have any documentation yet.';

-- migrate:down irreversible
