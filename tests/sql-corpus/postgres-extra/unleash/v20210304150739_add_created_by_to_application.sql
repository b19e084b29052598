-- revision: v20210304150739
-- down_revision: v20210304141005
-- message: Unleash/unleash add_created_by_to_application

-- migrate:up
ALTER TABLE client_applications ADD COLUMN created_by TEXT;

-- migrate:down irreversible
