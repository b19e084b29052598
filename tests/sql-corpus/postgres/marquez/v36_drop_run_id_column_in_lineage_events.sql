-- revision: v36
-- down_revision: v35
-- message: MarquezProject/marquez drop_run_id_column_in_lineage_events

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

DROP TRIGGER lineage_events_run_uuid ON lineage_events;
DROP FUNCTION write_run_uuid;
ALTER TABLE lineage_events DROP COLUMN run_id;

-- migrate:down irreversible
