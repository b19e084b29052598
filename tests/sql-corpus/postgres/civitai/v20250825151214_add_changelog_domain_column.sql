-- revision: v20250825151214
-- down_revision: v20250822205231
-- message: civitai/civitai add_changelog_domain_column

-- migrate:up
-- AlterTable
ALTER TABLE "public"."Changelog" ADD COLUMN     "domain" "public"."DomainColor"[] DEFAULT ARRAY['all']::"public"."DomainColor"[];

-- migrate:down irreversible
