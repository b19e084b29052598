-- revision: v20201110175414000001
-- down_revision: v20201110175414000000
-- message: ory/keto relationtuple

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP TABLE keto_namespace;
