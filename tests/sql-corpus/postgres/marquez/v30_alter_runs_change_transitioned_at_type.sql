-- revision: v30
-- down_revision: v29
-- message: MarquezProject/marquez alter_runs_change_transitioned_at_type

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

alter table runs alter column transitioned_at type timestamp without time zone
    USING transitioned_at::timestamp without time zone;

-- migrate:down irreversible
