-- revision: v20240725040405
-- down_revision: v20240724182718
-- message: civitai/civitai simplify_run_strat

-- migrate:up
ALTER TABLE "RunStrategy" DROP CONSTRAINT "RunStrategy_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "RunStrategy_pkey" PRIMARY KEY ("modelVersionId", "partnerId");

-- migrate:down irreversible
