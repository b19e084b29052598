-- revision: v19
-- down_revision: v18
-- message: MarquezProject/marquez alter_run_to_add_external_id

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE runs ADD external_id VARCHAR(255);

-- migrate:down irreversible
