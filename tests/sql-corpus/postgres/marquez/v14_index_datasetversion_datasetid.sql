-- revision: v14
-- down_revision: v13
-- message: MarquezProject/marquez index_datasetversion_datasetid

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

CREATE INDEX datasetversion_datasetid_idx ON dataset_versions (dataset_uuid);

-- migrate:down irreversible
