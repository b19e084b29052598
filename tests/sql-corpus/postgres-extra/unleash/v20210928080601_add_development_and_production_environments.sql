-- revision: v20210928080601
-- down_revision: v20210928065411
-- message: Unleash/unleash add_development_and_production_environments

-- migrate:up
INSERT INTO environments(name, type, enabled, sort_order)
            VALUES ('development', 'development', true, 100),
                   ('production', 'production', true, 200);

-- migrate:down irreversible
