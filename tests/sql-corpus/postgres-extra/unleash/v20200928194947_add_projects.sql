-- revision: v20200928194947
-- down_revision: v20200810200901
-- message: Unleash/unleash add_projects

-- migrate:up
CREATE TABLE  "projects" ("id" VARCHAR (255) PRIMARY KEY NOT NULL, "name" VARCHAR  NOT NULL, "description" VARCHAR  , "created_at" TIMESTAMP  DEFAULT now());

INSERT INTO projects(id, name, description) VALUES('default', 'Default', 'Default project');

-- migrate:down irreversible
