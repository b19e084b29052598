-- revision: 1e15e7122cc9
-- down_revision: 2aac7e0872f6
-- message: openstack/ironic add_extra_column_to_deploy_templates

-- migrate:up
-- alembic: upgrade 2aac7e0872f6 -> 1e15e7122cc9

ALTER TABLE deploy_templates ADD COLUMN extra TEXT;

-- migrate:down irreversible
