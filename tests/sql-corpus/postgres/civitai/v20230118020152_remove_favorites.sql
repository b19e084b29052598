-- revision: v20230118020152
-- down_revision: v20230117190149
-- message: civitai/civitai remove_favorites

-- migrate:up
-- Move data from "FavoriteModel" to "ModelEngagement"
INSERT INTO "ModelEngagement"("userId", "modelId", type, "createdAt")
SELECT fm."userId", fm."modelId", 'Favorite', "createdAt"
FROM "FavoriteModel" fm;

-- DropForeignKey
ALTER TABLE "FavoriteModel" DROP CONSTRAINT "FavoriteModel_modelId_fkey";

-- DropForeignKey
ALTER TABLE "FavoriteModel" DROP CONSTRAINT "FavoriteModel_userId_fkey";

-- DropTable
DROP TABLE "FavoriteModel";

-- migrate:down irreversible
