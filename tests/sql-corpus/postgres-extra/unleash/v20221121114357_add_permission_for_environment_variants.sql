-- revision: v20221121114357
-- down_revision: v20221115072335
-- message: Unleash/unleash add_permission_for_environment_variants

-- migrate:up
INSERT INTO permissions (permission, display_name, type)
          values('UPDATE_FEATURE_ENVIRONMENT_VARIANTS', 'Update variants on environment', 'environment');

          INSERT INTO role_permission (role_id, permission_id, environment)
          (WITH perm_id as (SELECT id from permissions WHERE permission = 'UPDATE_FEATURE_ENVIRONMENT_VARIANTS')
            SELECT rp.role_id, perm_id.id, rp.environment FROM perm_id, role_permission as rp
            JOIN permissions p ON p.id = rp.permission_id
            WHERE p.permission = 'UPDATE_FEATURE_ENVIRONMENT'
          );

-- migrate:down irreversible
