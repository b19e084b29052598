-- revision: v44_03
-- down_revision: v44_02
-- message: MarquezProject/marquez BackfillJobsWithParents

-- migrate:up
-- BackfillJobsWithParents (a Java migration) changes rows only

-- migrate:down irreversible
