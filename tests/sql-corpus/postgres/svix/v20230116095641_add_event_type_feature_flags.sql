-- revision: v20230116095641
-- down_revision: v20221215195541
-- message: svix/svix-webhooks add_event_type_feature_flags

-- migrate:up
-- Add up migration script here
ALTER TABLE ONLY eventtype ADD COLUMN feature_flag text;

-- migrate:down
-- Add down migration script here
ALTER TABLE ONLY eventtype DROP COLUMN feature_flag;
