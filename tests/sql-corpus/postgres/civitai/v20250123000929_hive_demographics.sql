-- revision: v20250123000929
-- down_revision: v20250122210402
-- message: civitai/civitai hive_demographics
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "TagSource" ADD VALUE 'HiveDemographics';

-- migrate:down irreversible
