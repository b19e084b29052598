-- revision: v20211029094324
-- down_revision: v20211013093114
-- message: Unleash/unleash set_sort_order_env

-- migrate:up
UPDATE environments set sort_order = 100 where name = 'development' AND sort_order = 9999;
            UPDATE environments set sort_order = 200 where name = 'production' AND sort_order = 9999;

-- migrate:down irreversible
