-- revision: v13
-- down_revision: v12
-- message: MarquezProject/marquez alter_run_add_start_end_state

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE runs ADD start_run_state_uuid UUID REFERENCES run_states(uuid);
ALTER TABLE runs ADD end_run_state_uuid UUID REFERENCES run_states(uuid);

-- migrate:down irreversible
