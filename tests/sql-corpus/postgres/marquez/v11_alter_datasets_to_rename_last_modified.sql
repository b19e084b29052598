-- revision: v11
-- down_revision: v10
-- message: MarquezProject/marquez alter_datasets_to_rename_last_modified

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE datasets RENAME last_modified TO last_modified_at;

-- migrate:down irreversible
