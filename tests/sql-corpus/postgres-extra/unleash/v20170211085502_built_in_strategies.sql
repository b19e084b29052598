-- revision: v20170211085502
-- down_revision: v20161212101749
-- message: Unleash/unleash built_in_strategies

-- migrate:up
ALTER TABLE "strategies" ADD COLUMN "built_in" INTEGER  DEFAULT 0;

UPDATE strategies SET built_in=1 where name='default';

-- migrate:down irreversible
