-- revision: v20191100000006000000
-- down_revision: v20191100000004000000
-- message: ory/kratos courier

-- migrate:up
CREATE TABLE "courier_messages" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"type" int NOT NULL,
"status" int NOT NULL,
"body" VARCHAR (255) NOT NULL,
"subject" VARCHAR (255) NOT NULL,
"recipient" VARCHAR (255) NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- migrate:down
DROP TABLE "courier_messages";
