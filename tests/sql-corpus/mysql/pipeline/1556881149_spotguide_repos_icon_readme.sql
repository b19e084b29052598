-- revision: 1556881149
-- down_revision: 1556881148
-- message: spotguide repos icon readme
-- imported from sqlx 1556881149_spotguide_repos_icon_readme.up.sql

-- migrate:up
ALTER TABLE spotguide_repos MODIFY COLUMN icon LONGBLOB, MODIFY COLUMN readme TEXT COLLATE utf8mb4_unicode_ci;
-- migrate:down
ALTER TABLE spotguide_repos MODIFY COLUMN icon LONGBLOB, MODIFY COLUMN readme TEXT COLLATE utf8mb4_unicode_ci;
