-- revision: 813ddf14e2de
-- down_revision: 2f46fc3f3beb
-- message: PrefectHQ/prefect add_descriptions_to_deployments

-- migrate:up
-- alembic: upgrade 2f46fc3f3beb -> 813ddf14e2de

ALTER TABLE deployment ADD COLUMN description TEXT;

-- migrate:down
-- alembic: downgrade 813ddf14e2de -> 2f46fc3f3beb

ALTER TABLE deployment DROP COLUMN description;
