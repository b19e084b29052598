-- revision: v20210831072631
-- down_revision: v20210830113948
-- message: Unleash/unleash add_sort_order_and_type_to_env

-- migrate:up
ALTER TABLE environments ADD COLUMN sort_order integer DEFAULT 9999, ADD COLUMN type text;

-- migrate:down irreversible
