-- revision: v20210504101429
-- down_revision: v20210428103924c
-- message: Unleash/unleash deprecate_strategies

-- migrate:up
UPDATE strategies
      SET deprecated = true, built_in = 0
      WHERE name = 'gradualRolloutSessionId' OR name = 'gradualRolloutUserId'
      OR name = 'gradualRolloutRandom';

-- migrate:down irreversible
