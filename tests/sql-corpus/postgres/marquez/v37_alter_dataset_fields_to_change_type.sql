-- revision: v37
-- down_revision: v36
-- message: MarquezProject/marquez alter_dataset_fields_to_change_type

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE dataset_fields ALTER COLUMN type TYPE TEXT;

-- migrate:down irreversible
