-- revision: v20231222180336
-- down_revision: v20231222015820
-- message: civitai/civitai optional_club_post_title_description

-- migrate:up
-- AlterTable
ALTER TABLE "ClubPost" ALTER COLUMN "title" DROP NOT NULL,
ALTER COLUMN "description" DROP NOT NULL;

-- migrate:down irreversible
