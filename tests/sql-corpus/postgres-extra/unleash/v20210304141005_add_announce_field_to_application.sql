-- revision: v20210304141005
-- down_revision: v20210304115810
-- message: Unleash/unleash add_announce_field_to_application

-- migrate:up
ALTER TABLE client_applications ADD COLUMN announced boolean DEFAULT false;
    UPDATE client_applications SET announced = true;

-- migrate:down irreversible
