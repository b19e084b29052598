-- revision: v18
-- down_revision: v17_02
-- message: MarquezProject/marquez drop_dataset_constraint

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

alter table datasets drop constraint datasets_source_uuid_physical_name_key;

-- migrate:down irreversible
