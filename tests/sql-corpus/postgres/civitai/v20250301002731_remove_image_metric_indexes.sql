-- revision: v20250301002731
-- down_revision: v20250228191502
-- message: civitai/civitai remove_image_metric_indexes

-- migrate:up
DROP INDEX IF EXISTS "ImageMetric_DayGroup_commentCount";
DROP INDEX IF EXISTS "ImageMetric_DayGroup_heartCount";
DROP INDEX IF EXISTS "ImageMetric_DayGroup_likeCount";
DROP INDEX IF EXISTS "ImageMetric_DayGroup_reactionCount";
DROP INDEX IF EXISTS "ImageMetric_DayGroup_tippedAmountCount";
DROP INDEX IF EXISTS "ImageMetric_MonthGroup_commentCount";
DROP INDEX IF EXISTS "ImageMetric_MonthGroup_heartCount";
DROP INDEX IF EXISTS "ImageMetric_MonthGroup_likeCount";
DROP INDEX IF EXISTS "ImageMetric_MonthGroup_reactionCount";
DROP INDEX IF EXISTS "ImageMetric_MonthGroup_tippedAmountCount";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_commentCount";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_heartCount";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_likeCount";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_reactionCount";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_reactionCount_temp";
DROP INDEX IF EXISTS "ImageMetric_WeekGroup_tippedAmountCount";
DROP INDEX IF EXISTS "ImageMetric_YearGroup_commentCount";
DROP INDEX IF EXISTS "ImageMetric_YearGroup_heartCount";
DROP INDEX IF EXISTS "ImageMetric_YearGroup_likeCount";
DROP INDEX IF EXISTS "ImageMetric_YearGroup_reactionCount";
DROP INDEX IF EXISTS "ImageMetric_YearGroup_tippedAmountCount";
DROP INDEX IF EXISTS "ImageMetric_ageGroup_createdAt";
DROP INDEX IF EXISTS "ImageMetric_collectedCount";
DROP INDEX IF EXISTS "ImageMetric_commentCount";
DROP INDEX IF EXISTS "ImageMetric_heartCount";
DROP INDEX IF EXISTS "ImageMetric_likeCount";
DROP INDEX IF EXISTS "ImageMetric_reactionCount";
DROP INDEX IF EXISTS "ImageMetric_tippedAmountCount";

-- migrate:down irreversible
