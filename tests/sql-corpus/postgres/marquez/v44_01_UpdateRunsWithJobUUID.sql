-- revision: v44_01
-- down_revision: v44
-- message: MarquezProject/marquez UpdateRunsWithJobUUID

-- migrate:up
-- UpdateRunsWithJobUUID (a Java migration) changes rows only

-- migrate:down irreversible
