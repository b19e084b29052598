-- revision: c3553f7b8b0c
-- down_revision: 638a2f04c7ce
-- message: polarsource/polar backfill_sso_connection_authorization_parameters

-- migrate:up
-- alembic: upgrade 638a2f04c7ce -> c3553f7b8b0c

SET LOCAL lock_timeout = '5s';

UPDATE organization_sso_connections
        SET configuration = configuration || '{"authorization_parameters": {}}'::jsonb
        WHERE NOT configuration ? 'authorization_parameters';

-- migrate:down
-- alembic: downgrade c3553f7b8b0c -> 638a2f04c7ce

SET LOCAL lock_timeout = '5s';

UPDATE organization_sso_connections
        SET configuration = configuration - 'authorization_parameters'
        WHERE configuration -> 'authorization_parameters' = '{}'::jsonb;
