-- revision: v20260430095237
-- down_revision: v20260429140129
-- message: openmeterio/openmeter add_credit_realization_lineage_segment_source

-- migrate:up
-- modify "credit_realization_lineage_segments" table
ALTER TABLE "credit_realization_lineage_segments" ADD COLUMN "source_state" character varying NULL, ADD COLUMN "source_backing_transaction_group_id" character(26) NULL;

-- migrate:down
-- reverse: modify "credit_realization_lineage_segments" table
ALTER TABLE "credit_realization_lineage_segments" DROP COLUMN "source_backing_transaction_group_id", DROP COLUMN "source_state";
