-- revision: v20220513200400000000
-- down_revision: v20220513200300000000
-- message: ory/keto create_uuid_mapping_table

-- migrate:up
CREATE TABLE keto_uuid_mappings
(
    id                       UUID NOT NULL PRIMARY KEY,
    string_representation    TEXT NOT NULL CHECK (string_representation <> '')
);

-- migrate:down
DROP TABLE keto_uuid_mappings;
