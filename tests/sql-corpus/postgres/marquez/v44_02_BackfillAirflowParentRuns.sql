-- revision: v44_02
-- down_revision: v44_01
-- message: MarquezProject/marquez BackfillAirflowParentRuns

-- migrate:up
-- BackfillAirflowParentRuns (a Java migration) changes rows only

-- migrate:down irreversible
