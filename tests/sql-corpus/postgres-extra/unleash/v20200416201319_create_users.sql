-- revision: v20200416201319
-- down_revision: v20200329191251
-- message: Unleash/unleash create_users

-- migrate:up
CREATE TABLE  "users" ("id"   SERIAL PRIMARY KEY NOT NULL, "name" VARCHAR (255) , "username" VARCHAR (255) UNIQUE, "system_id" VARCHAR (255) , "email" VARCHAR (255) UNIQUE, "image_url" VARCHAR (255) , "password_hash" VARCHAR (255) , "login_attempts" INTEGER  DEFAULT 0, "created_at" TIMESTAMP  DEFAULT now(), "seen_at" TIMESTAMP  );

-- migrate:down irreversible
