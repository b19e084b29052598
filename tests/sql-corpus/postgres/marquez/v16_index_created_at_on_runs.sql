-- revision: v16
-- down_revision: v15
-- message: MarquezProject/marquez index_created_at_on_runs

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

create index runs_created_at_index
    on runs (created_at desc);

-- migrate:down irreversible
