-- revision: v20200102184820
-- down_revision: v20191023184858
-- message: Unleash/unleash create_context_fields

-- migrate:up
CREATE TABLE  "context_fields" ("name" VARCHAR (255) PRIMARY KEY NOT NULL, "description" TEXT  , "sort_order" INTEGER  DEFAULT 10, "legal_values" TEXT  , "created_at" TIMESTAMP  DEFAULT now(), "updated_at" TIMESTAMP  DEFAULT now());

INSERT INTO context_fields(name, description, sort_order) VALUES('environment', 'Allows you to constrain on application environment', 0);
        INSERT INTO context_fields(name, description, sort_order) VALUES('userId', 'Allows you to constrain on userId', 1);
        INSERT INTO context_fields(name, description, sort_order) VALUES('appName', 'Allows you to constrain on application name', 2);

-- migrate:down irreversible
