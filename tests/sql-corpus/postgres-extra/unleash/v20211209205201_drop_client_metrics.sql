-- revision: v20211209205201
-- down_revision: v20211202120808
-- message: Unleash/unleash drop_client_metrics

-- migrate:up
DROP TABLE client_metrics;

-- migrate:down irreversible
