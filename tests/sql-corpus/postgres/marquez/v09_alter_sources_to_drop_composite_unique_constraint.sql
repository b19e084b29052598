-- revision: v09
-- down_revision: v08
-- message: MarquezProject/marquez alter_sources_to_drop_composite_unique_constraint

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE sources DROP CONSTRAINT sources_name_connection_url_key;

-- migrate:down irreversible
