-- revision: v02_01
-- down_revision: v02
-- message: MarquezProject/marquez alter_job_versions_to_add_job_context_uuid

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE job_versions ADD job_context_uuid UUID NOT NULL;

-- migrate:down irreversible
