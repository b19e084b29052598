-- revision: a82154690f35
-- down_revision: ea25d9402518
-- message: keephq/keep topologyapplication_repository_default_value

-- migrate:up
-- alembic: upgrade ea25d9402518 -> a82154690f35

ALTER TABLE topologyapplication ALTER COLUMN description SET NOT NULL;

ALTER TABLE topologyapplication ALTER COLUMN repository SET NOT NULL;

-- migrate:down
-- alembic: downgrade a82154690f35 -> ea25d9402518

ALTER TABLE topologyapplication ALTER COLUMN repository DROP NOT NULL;

ALTER TABLE topologyapplication ALTER COLUMN description DROP NOT NULL;
