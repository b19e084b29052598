-- revision: v20161212101749
-- down_revision: v20161205203516
-- message: Unleash/unleash better_strategy_parameter_definitions

-- migrate:up
ALTER TABLE "strategies" ADD COLUMN "parameters" JSON;

UPDATE strategies 
                SET parameters='[]'
                WHERE name='default';

ALTER TABLE "strategies" DROP COLUMN "parameters_template";

-- migrate:down irreversible
