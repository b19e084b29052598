-- revision: v27
-- down_revision: v26
-- message: MarquezProject/marquez alter_runs_add_context

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE runs ADD job_context_uuid uuid;

UPDATE runs SET
    job_context_uuid = jv.job_context_uuid
FROM job_versions jv
WHERE jv.uuid = runs.job_version_uuid;

-- migrate:down irreversible
