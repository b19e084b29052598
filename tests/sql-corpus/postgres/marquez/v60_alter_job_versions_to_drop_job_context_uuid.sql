-- revision: v60
-- down_revision: v59_02
-- message: MarquezProject/marquez alter_job_versions_to_drop_job_context_uuid

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE job_versions ALTER COLUMN job_context_uuid DROP NOT NULL;

-- migrate:down irreversible
