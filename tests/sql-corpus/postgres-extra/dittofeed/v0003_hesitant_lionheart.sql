-- revision: v0003
-- down_revision: v0002
-- message: dittofeed/dittofeed hesitant_lionheart

-- migrate:up
ALTER TYPE "public"."WorkspaceStatus" ADD VALUE 'Paused';

-- migrate:down irreversible
