-- revision: v69_03
-- down_revision: v69_02
-- message: MarquezProject/marquez dataset_versions_new_column

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */
ALTER TABLE dataset_versions ADD COLUMN dataset_schema_version_uuid uuid REFERENCES dataset_schema_versions(uuid);

-- migrate:down irreversible
