-- revision: v66_03
-- down_revision: v66_02
-- message: MarquezProject/marquez JobFacetsBackfillJobVersion

-- migrate:up
-- JobFacetsBackfillJobVersion (a Java migration) changes rows only

-- migrate:down irreversible
