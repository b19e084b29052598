-- revision: v20161205203516
-- down_revision: v20161104074441
-- message: Unleash/unleash create_client_applications

-- migrate:up
CREATE TABLE  "client_applications" ("app_name" VARCHAR (255) PRIMARY KEY NOT NULL, "created_at" TIMESTAMP  DEFAULT now(), "updated_at" TIMESTAMP  DEFAULT now(), "seen_at" TIMESTAMP  , "strategies" JSON  , "description" VARCHAR (255) , "icon" VARCHAR (255) , "url" VARCHAR (255) , "color" VARCHAR (255) );

-- migrate:down irreversible
