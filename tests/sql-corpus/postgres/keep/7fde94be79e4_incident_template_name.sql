-- revision: 7fde94be79e4
-- down_revision: 21d314490e6a
-- message: keephq/keep incident_template_name

-- migrate:up
-- alembic: upgrade 21d314490e6a -> 7fde94be79e4

ALTER TABLE rule ADD COLUMN incident_name_template VARCHAR;

-- migrate:down
-- alembic: downgrade 7fde94be79e4 -> 21d314490e6a

ALTER TABLE rule DROP COLUMN incident_name_template;
