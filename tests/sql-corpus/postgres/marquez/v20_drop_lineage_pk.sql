-- revision: v20
-- down_revision: v19
-- message: MarquezProject/marquez drop_lineage_pk

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE lineage_events DROP CONSTRAINT lineage_event_pk;

-- migrate:down irreversible
