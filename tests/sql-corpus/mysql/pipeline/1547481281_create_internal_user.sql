-- revision: 1547481281
-- down_revision: 1547126472
-- message: create internal user
-- imported from sqlx 1547481281_create_internal_user.up.sql

-- migrate:up
INSERT INTO `users` (`created_at`, `updated_at`, `name`, `email`, `login`) VALUES(now(), now(), 'Internal user', 'internal@banzaicloud.com', 'internal');
-- migrate:down
DELETE FROM `users` WHERE login = 'internal'
