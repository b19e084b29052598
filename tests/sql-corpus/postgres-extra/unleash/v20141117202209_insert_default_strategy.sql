-- revision: v20141117202209
-- down_revision: v20141117200435
-- message: Unleash/unleash insert_default_strategy

-- migrate:up
INSERT INTO strategies(name, description) 
VALUES ('default', 'Default on/off strategy.');

-- migrate:down irreversible
