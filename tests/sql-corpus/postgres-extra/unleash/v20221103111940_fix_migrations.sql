-- revision: v20221103111940
-- down_revision: v20221011155007
-- message: Unleash/unleash fix_migrations

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
