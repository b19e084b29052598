-- revision: v34
-- down_revision: v33
-- message: MarquezProject/marquez drop_not_null_constraint_on_field_type

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE dataset_fields ALTER COLUMN type DROP NOT NULL;

-- migrate:down irreversible
