-- revision: v67_02
-- down_revision: v67_01
-- message: MarquezProject/marquez JobVersionsIOMappingBackfillJob

-- migrate:up
-- JobVersionsIOMappingBackfillJob (a Java migration) changes rows only

-- migrate:down irreversible
