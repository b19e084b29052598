-- revision: v20210421133845
-- down_revision: v20210415173116
-- message: Unleash/unleash add_sort_order_to_strategies

-- migrate:up
ALTER TABLE strategies ADD COLUMN sort_order integer DEFAULT 9999;
    UPDATE strategies SET sort_order = 0 WHERE name = 'default';
    UPDATE strategies SET sort_order = 1 WHERE name = 'flexibleRollout';
    UPDATE strategies SET sort_order = 3 WHERE name = 'remoteAddress';
    UPDATE strategies SET sort_order = 4 WHERE name = 'applicationHostname';

-- migrate:down irreversible
