-- revision: v03
-- down_revision: v02_01
-- message: MarquezProject/marquez drop_not_null_constraint_on_job_location

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE job_versions ALTER COLUMN location DROP NOT NULL;

-- migrate:down irreversible
