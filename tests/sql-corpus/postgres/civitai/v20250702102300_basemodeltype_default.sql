-- revision: v20250702102300
-- down_revision: v20250625183952
-- message: civitai/civitai basemodeltype_default

-- migrate:up
ALTER TABLE "ModelVersion" ALTER COLUMN "baseModelType" SET DEFAULT 'Standard';

UPDATE "ModelVersion"
SET "baseModelType" = 'Standard'
WHERE "baseModelType" IS NULL;

ALTER TABLE "ModelVersion" ALTER COLUMN "baseModelType" SET NOT NULL;

-- migrate:down irreversible
