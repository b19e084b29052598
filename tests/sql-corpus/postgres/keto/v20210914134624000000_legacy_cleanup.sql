-- revision: v20210914134624000000
-- down_revision: v20210623162417000003
-- message: ory/keto legacy_cleanup

-- migrate:up
DROP TABLE "keto_namespace";

-- migrate:down
CREATE TABLE "keto_namespace" (
"id" SERIAL NOT NULL,
PRIMARY KEY("id"),
"schema_version" int NOT NULL
);
