-- revision: v06
-- down_revision: v05
-- message: MarquezProject/marquez alter_datasets_to_add_last_modified

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE datasets ADD last_modified TIMESTAMP;

-- migrate:down irreversible
