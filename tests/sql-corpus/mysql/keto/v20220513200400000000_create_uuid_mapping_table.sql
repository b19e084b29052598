-- revision: v20220513200400000000
-- down_revision: v20220513200300000000
-- message: ory/keto create_uuid_mapping_table

-- migrate:up
CREATE TABLE keto_uuid_mappings
(
    id                       CHAR(36) NOT NULL,
    string_representation    TEXT        NOT NULL CHECK (string_representation <> ''),

    PRIMARY KEY (id)
);

-- migrate:down
DROP TABLE keto_uuid_mappings;
