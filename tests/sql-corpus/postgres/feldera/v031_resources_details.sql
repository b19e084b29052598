-- revision: v031
-- down_revision: v030
-- message: feldera/feldera resources_details

-- migrate:up
ALTER TABLE pipeline
ADD COLUMN deployment_resources_status_details VARCHAR NULL;

UPDATE pipeline SET deployment_resources_status_details = '{}'
                WHERE deployment_resources_status = 'provisioned';

-- migrate:down irreversible
