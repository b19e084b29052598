-- revision: v20250822205231
-- down_revision: v20250821160642
-- message: civitai/civitai add_announcement_domain_column

-- migrate:up
-- CreateEnum
CREATE TYPE "public"."DomainColor" AS ENUM ('red', 'green', 'blue', 'all');

-- AlterTable
ALTER TABLE "public"."Announcement" ADD COLUMN     "domain" "public"."DomainColor"[] DEFAULT ARRAY['all']::"public"."DomainColor"[];

-- migrate:down irreversible
