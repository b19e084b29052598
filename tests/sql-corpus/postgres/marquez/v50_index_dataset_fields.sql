-- revision: v50
-- down_revision: v49
-- message: MarquezProject/marquez index_dataset_fields

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

create index dataset_fields_dataset_uuid
    on dataset_fields (dataset_uuid);

-- migrate:down irreversible
