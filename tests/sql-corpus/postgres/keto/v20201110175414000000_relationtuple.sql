-- revision: v20201110175414000000
-- down_revision: v20150100000001000000
-- message: ory/keto relationtuple

-- migrate:up
CREATE TABLE keto_namespace
(
    id             INTEGER PRIMARY KEY,
    schema_version INTEGER NOT NULL
);

-- migrate:down
-- empty down in the source history
