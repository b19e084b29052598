-- revision: v20230420125500
-- down_revision: v20230419104126
-- message: Unleash/unleash v5_strategy_changes

-- migrate:up
-- delete deprecated strategies still present in v4
        delete from strategies
            where name in ('gradualRolloutUserId', 'gradualRolloutRandom', 'gradualRolloutSessionId')
            and deprecated
            and not exists (select * from feature_strategies where strategy_name = name limit 1);

        -- update strategy descriptions and sort order
        update strategies set sort_order = 1, description = 'This strategy turns on / off for your entire userbase. Prefer using "Gradual rollout" strategy (100%=on, 0%=off).' WHERE name = 'default';
        update strategies set sort_order = 0 WHERE name = 'flexibleRollout';

-- migrate:down irreversible
