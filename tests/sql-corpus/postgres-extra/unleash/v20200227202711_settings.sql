-- revision: v20200227202711
-- down_revision: v20200102184820
-- message: Unleash/unleash settings

-- migrate:up
CREATE TABLE  "settings" ("name" VARCHAR (255) PRIMARY KEY NOT NULL, "content" JSON  );

-- migrate:down irreversible
