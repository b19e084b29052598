-- revision: v20221108145701
-- down_revision: v20221103221020
-- message: civitai/civitai cascade_delete_version_metrics_reviews

-- migrate:up
-- DropForeignKey
ALTER TABLE "ModelVersionMetric" DROP CONSTRAINT "ModelVersionMetric_modelVersionId_fkey";

-- DropForeignKey
ALTER TABLE "Review" DROP CONSTRAINT "Review_modelVersionId_fkey";

-- AddForeignKey
ALTER TABLE "ModelVersionMetric" ADD CONSTRAINT "ModelVersionMetric_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
