-- revision: d20618ce678e
-- down_revision: aa84ac237ce8
-- message: PrefectHQ/prefect add_artifact_collection_table

-- migrate:up
-- alembic: upgrade aa84ac237ce8 -> d20618ce678e

CREATE TABLE artifact_collection (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    key VARCHAR NOT NULL,
    latest_id UUID,
    CONSTRAINT pk_artifact_collection PRIMARY KEY (id),
    CONSTRAINT uq_artifact_collection__key UNIQUE (key)
);

CREATE INDEX ix_artifact_collection__key_latest_id ON artifact_collection (key, latest_id);

-- migrate:down
-- alembic: downgrade d20618ce678e -> aa84ac237ce8

DROP INDEX ix_artifact_collection__key_latest_id;

DROP TABLE artifact_collection;
