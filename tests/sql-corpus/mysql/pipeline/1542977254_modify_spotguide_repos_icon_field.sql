-- revision: 1542977254
-- down_revision: 1542812088
-- message: modify spotguide repos icon field
-- imported from sqlx 1542977254_modify_spotguide_repos_icon_field.up.sql

-- migrate:up
ALTER TABLE spotguide_repos MODIFY COLUMN icon MEDIUMBLOB;
-- migrate:down
ALTER TABLE spotguide_repos MODIFY COLUMN icon MEDIUMTEXT;
