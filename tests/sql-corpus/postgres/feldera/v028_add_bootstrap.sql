-- revision: v028
-- down_revision: v027
-- message: feldera/feldera add_bootstrap

-- migrate:up
ALTER TABLE pipeline
ADD COLUMN bootstrap_policy VARCHAR NULL;

ALTER TABLE pipeline
ADD COLUMN deployment_runtime_status_details VARCHAR NULL;

-- migrate:down irreversible
