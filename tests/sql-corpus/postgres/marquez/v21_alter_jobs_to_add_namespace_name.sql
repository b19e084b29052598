-- revision: v21
-- down_revision: v20
-- message: MarquezProject/marquez alter_jobs_to_add_namespace_name

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE jobs ADD namespace_name VARCHAR(255);
UPDATE jobs SET namespace_name = namespaces.name FROM namespaces WHERE jobs.namespace_uuid = namespaces.uuid;

-- migrate:down irreversible
