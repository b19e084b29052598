-- revision: v20260408082246
-- down_revision: v20260403090155
-- message: openmeterio/openmeter add_annotations_to_taxcode

-- migrate:up
-- modify "tax_codes" table
ALTER TABLE "tax_codes" ADD COLUMN "annotations" jsonb NULL;
-- create index "taxcode_annotations" to table: "tax_codes"
CREATE INDEX "taxcode_annotations" ON "tax_codes" USING gin ("annotations");

-- migrate:down
-- reverse: create index "taxcode_annotations" to table: "tax_codes"
DROP INDEX "taxcode_annotations";
-- reverse: modify "tax_codes" table
ALTER TABLE "tax_codes" DROP COLUMN "annotations";
