-- revision: v20250407094141
-- down_revision: v20250401212050
-- message: civitai/civitai model_metrics_earned_amount

-- migrate:up
ALTER TABLE "ModelVersionMetric" ADD COLUMN "earnedAmount" INT DEFAULT 0 NOT NULL;
ALTER TABLE "ModelMetric" ADD COLUMN "earnedAmount" INT DEFAULT 0 NOT NULL;

-- migrate:down irreversible
