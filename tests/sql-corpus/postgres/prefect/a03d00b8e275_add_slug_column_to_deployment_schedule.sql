-- revision: a03d00b8e275
-- down_revision: c163acd7e8e3
-- message: PrefectHQ/prefect add_slug_column_to_deployment_schedule
-- transactional: false

-- migrate:up
-- alembic: upgrade c163acd7e8e3 -> a03d00b8e275

ALTER TABLE deployment_schedule ADD COLUMN slug VARCHAR;

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_deployment_schedule__slug
            ON deployment_schedule(slug);

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS
            ix_deployment_schedule__deployment_id__slug
            ON deployment_schedule(deployment_id, slug)
            WHERE slug IS NOT NULL;

-- migrate:down
-- alembic: downgrade a03d00b8e275 -> c163acd7e8e3

DROP INDEX CONCURRENTLY IF EXISTS ix_deployment_schedule__deployment_id__slug;

DROP INDEX CONCURRENTLY IF EXISTS ix_deployment_schedule__slug;

ALTER TABLE deployment_schedule DROP COLUMN slug;
