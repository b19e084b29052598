-- revision: v20230105043946
-- down_revision: v20230103185824
-- message: civitai/civitai run_strategy_cascades

-- migrate:up
-- DropForeignKey
ALTER TABLE "RunStrategy" DROP CONSTRAINT "RunStrategy_modelVersionId_fkey";

-- DropForeignKey
ALTER TABLE "RunStrategy" DROP CONSTRAINT "RunStrategy_partnerId_fkey";

-- AddForeignKey
ALTER TABLE "RunStrategy" ADD CONSTRAINT "RunStrategy_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunStrategy" ADD CONSTRAINT "RunStrategy_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
