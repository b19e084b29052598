-- revision: v20230904212207
-- down_revision: v20230904155529
-- message: civitai/civitai update_generation_coverage_view

-- migrate:up
CREATE OR REPLACE VIEW "GenerationCoverage" as
SELECT
  m.id "modelId",
  mv.id "modelVersionId",
  true "covered"
FROM "ModelVersion" mv
JOIN "Model" m ON m.id = mv."modelId"
WHERE mv."baseModel" IN ('SD 1.5')
  AND (
         mv."baseModelType" IN ('Standard')
      OR m.type = 'LORA' AND mv."baseModelType" IS NULL
  )
  AND m."allowCommercialUse" IN ('Rent', 'Sell');

-- migrate:down irreversible
