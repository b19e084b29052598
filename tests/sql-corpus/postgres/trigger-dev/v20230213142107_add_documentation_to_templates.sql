-- revision: v20230213142107
-- down_revision: v20230213113228
-- message: triggerdotdev/trigger.dev add_documentation_to_templates

-- migrate:up
-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "markdownDocs" TEXT NOT NULL DEFAULT 'Documentation

This template does not have any documentation yet.';

-- migrate:down irreversible
