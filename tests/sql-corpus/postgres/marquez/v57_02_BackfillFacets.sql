-- revision: v57_02
-- down_revision: v57_01
-- message: MarquezProject/marquez BackfillFacets

-- migrate:up
INSERT INTO facet_migration_lock VALUES (NOW(), null);
DROP VIEW IF EXISTS run_facets_view;
DROP VIEW IF EXISTS job_facets_view;
DROP VIEW IF EXISTS dataset_facets_view;
CREATE OR REPLACE VIEW run_facets_view AS SELECT * FROM run_facets;
CREATE OR REPLACE VIEW job_facets_view AS SELECT * FROM job_facets;
CREATE OR REPLACE VIEW dataset_facets_view AS SELECT * FROM dataset_facets;

-- migrate:down irreversible
