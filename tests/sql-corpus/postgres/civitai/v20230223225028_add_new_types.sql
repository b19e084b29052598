-- revision: v20230223225028
-- down_revision: v20230221230819
-- message: civitai/civitai add_new_types
-- transactional: false

-- migrate:up
-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ModelType" ADD VALUE 'Controlnet';
ALTER TYPE "ModelType" ADD VALUE 'Poses';

-- migrate:down irreversible
