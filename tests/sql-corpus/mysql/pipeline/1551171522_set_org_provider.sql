-- revision: 1551171522
-- down_revision: 1550784299
-- message: set org provider
-- imported from sqlx 1551171522_set_org_provider.up.sql

-- migrate:up
UPDATE organizations SET provider = "github" WHERE name = "spotguides";
UPDATE organizations SET provider = "github" WHERE provider = "user";
-- migrate:down
UPDATE organizations SET provider = "" WHERE name = "spotguides";
UPDATE organizations SET provider = "user" WHERE provider = "github" and created_at >= "2019-02-23 19:37:29";
