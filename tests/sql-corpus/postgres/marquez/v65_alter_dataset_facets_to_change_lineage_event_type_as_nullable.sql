-- revision: v65
-- down_revision: v64
-- message: MarquezProject/marquez alter_dataset_facets_to_change_lineage_event_type_as_nullable

-- migrate:up
ALTER TABLE dataset_facets ALTER COLUMN lineage_event_type DROP NOT NULL;

-- migrate:down irreversible
