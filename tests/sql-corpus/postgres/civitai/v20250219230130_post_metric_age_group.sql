-- revision: v20250219230130
-- down_revision: v20250219221820
-- message: civitai/civitai post_metric_age_group

-- migrate:up

ALTER TABLE "PostMetric"
ADD COLUMN IF NOT EXISTS "ageGroup" public."MetricTimeframe" DEFAULT 'Day'::public."MetricTimeframe" NOT NULL;

-- migrate:down irreversible
