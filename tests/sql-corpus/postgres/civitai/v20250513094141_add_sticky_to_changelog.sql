-- revision: v20250513094141
-- down_revision: v20250508191050
-- message: civitai/civitai add_sticky_to_changelog

-- migrate:up
ALTER TABLE "Changelog" ADD COLUMN "sticky" boolean NOT NULL DEFAULT false;

-- migrate:down irreversible
