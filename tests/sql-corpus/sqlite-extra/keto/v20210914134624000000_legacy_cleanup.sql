-- revision: v20210914134624000000
-- down_revision: v20210623162417000003
-- message: ory/keto legacy_cleanup

-- migrate:up
DROP TABLE "keto_namespace";

-- migrate:down
CREATE TABLE "keto_namespace" (
"id" INTEGER PRIMARY KEY AUTOINCREMENT,
"schema_version" INTEGER NOT NULL
);
