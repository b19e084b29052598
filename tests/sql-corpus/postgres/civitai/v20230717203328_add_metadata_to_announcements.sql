-- revision: v20230717203328
-- down_revision: v20230714202551
-- message: civitai/civitai add_metadata_to_announcements

-- migrate:up
ALTER TABLE "Announcement" ADD COLUMN     "metadata" JSONB;

-- migrate:down irreversible
