-- revision: v20210119084617
-- down_revision: v20210105083014
-- message: Unleash/unleash add_addon_table

-- migrate:up
CREATE TABLE IF NOT EXISTS addons
       (
           id          SERIAL PRIMARY KEY,
           provider    text not null,
           description text,
           enabled     boolean default true,
           parameters  json,
           events      json,
           created_at  TIMESTAMP WITH TIME ZONE DEFAULT now()
       );

-- migrate:down irreversible
