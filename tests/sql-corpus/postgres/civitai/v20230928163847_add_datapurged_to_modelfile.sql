-- revision: v20230928163847
-- down_revision: v20230928151649
-- message: civitai/civitai add_datapurged_to_modelfile

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFile" ADD COLUMN     "dataPurged" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
