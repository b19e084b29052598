-- revision: v10
-- down_revision: v09
-- message: MarquezProject/marquez drop_unique_constraint_on_job_name

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE jobs DROP CONSTRAINT jobs_name_key;

-- migrate:down irreversible
