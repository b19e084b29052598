-- revision: 3f056d747d9e
-- down_revision: 192157fd5788
-- message: keephq/keep ai_config

-- migrate:up
-- alembic: upgrade 192157fd5788 -> 3f056d747d9e

CREATE TABLE externalaiconfigandmetadata (
    id VARCHAR NOT NULL,
    algorithm_id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    settings VARCHAR NOT NULL,
    settings_proposed_by_algorithm VARCHAR,
    feedback_logs VARCHAR,
    PRIMARY KEY (id)
);

-- migrate:down
-- alembic: downgrade 3f056d747d9e -> 192157fd5788

DROP TABLE externalaiconfigandmetadata;
