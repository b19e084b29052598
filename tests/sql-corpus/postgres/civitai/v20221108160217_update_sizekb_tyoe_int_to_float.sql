-- revision: v20221108160217
-- down_revision: v20221108145701
-- message: civitai/civitai update_sizekb_tyoe_int_to_float

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ALTER COLUMN "sizeKB" SET DATA TYPE DOUBLE PRECISION;

-- migrate:down irreversible
