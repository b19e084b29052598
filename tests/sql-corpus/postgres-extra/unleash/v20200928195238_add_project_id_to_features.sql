-- revision: v20200928195238
-- down_revision: v20200928194947
-- message: Unleash/unleash add_project_id_to_features

-- migrate:up
ALTER TABLE "features" ADD COLUMN "project" VARCHAR  DEFAULT 'default';

-- migrate:down irreversible
