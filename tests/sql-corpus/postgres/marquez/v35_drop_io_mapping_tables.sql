-- revision: v35
-- down_revision: v34
-- message: MarquezProject/marquez drop_io_mapping_tables

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

DROP TABLE job_versions_io_mapping_inputs;
DROP TABLE job_versions_io_mapping_outputs;

-- migrate:down irreversible
