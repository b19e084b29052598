-- revision: v15
-- down_revision: v14
-- message: MarquezProject/marquez index_created_at_and_current_run_state_on_runs

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

create index runs_created_at_current_run_state_index
    on runs (created_at desc, current_run_state);

-- migrate:down irreversible
