-- revision: v20231103152012
-- down_revision: v20231031195932
-- message: civitai/civitai recommended_resources

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "settings" JSONB;

-- CreateTable
CREATE TABLE "RecommendedResource" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "sourceId" INTEGER,
    "settings" JSONB,

    CONSTRAINT "RecommendedResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecommendedResource_sourceId_idx" ON "RecommendedResource" USING HASH ("sourceId");

-- AddForeignKey
ALTER TABLE "RecommendedResource" ADD CONSTRAINT "RecommendedResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendedResource" ADD CONSTRAINT "RecommendedResource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
