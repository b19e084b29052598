-- revision: v20231018130032
-- down_revision: v20231014131841
-- message: langfuse/langfuse add_per_1000_chars_pricing

-- migrate:up
-- AlterEnum
ALTER TYPE "PricingUnit" ADD VALUE 'PER_1000_CHARS';

-- migrate:down irreversible
