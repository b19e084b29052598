-- revision: v20141118071458
-- down_revision: v20141117202209
-- message: Unleash/unleash default_strategy_event

-- migrate:up
INSERT INTO events(type, created_by, data) 
VALUES ('strategy-created', 'migration', '{"name":"default","description":"Default on or off Strategy."}');

-- migrate:down irreversible
