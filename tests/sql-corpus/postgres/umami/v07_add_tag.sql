-- revision: v07
-- down_revision: v06
-- message: umami-software/umami add_tag

-- migrate:up
-- AlterTable
ALTER TABLE "website_event" ADD COLUMN     "tag" VARCHAR(50);

-- CreateIndex
CREATE INDEX "website_event_website_id_created_at_tag_idx" ON "website_event"("website_id", "created_at", "tag");

-- migrate:down irreversible
