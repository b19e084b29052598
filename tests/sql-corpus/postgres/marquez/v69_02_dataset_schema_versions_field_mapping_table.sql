-- revision: v69_02
-- down_revision: v69_01
-- message: MarquezProject/marquez dataset_schema_versions_field_mapping_table

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */
CREATE TABLE dataset_schema_versions_field_mapping(
    dataset_schema_version_uuid UUID REFERENCES dataset_schema_versions(uuid) ON DELETE CASCADE,
    dataset_field_uuid          UUID REFERENCES dataset_fields(uuid) ON DELETE CASCADE,
    PRIMARY KEY (dataset_schema_version_uuid, dataset_field_uuid)
);

-- migrate:down irreversible
