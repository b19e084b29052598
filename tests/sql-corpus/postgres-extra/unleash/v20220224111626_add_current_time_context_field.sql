-- revision: v20220224111626
-- down_revision: v20220224081422
-- message: Unleash/unleash add_current_time_context_field

-- migrate:up
INSERT INTO context_fields(name, description, sort_order) VALUES('currentTime', 'Allows you to constrain on date values', 3);

-- migrate:down irreversible
