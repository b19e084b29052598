-- revision: v20240125090553
-- down_revision: v20240125085703
-- message: Unleash/unleash events_fix_incorrectly_assigned_sysuser_id

-- migrate:up
UPDATE events SET created_by_user_id = null
      WHERE
          created_by_user_id = -1337 AND
          created_by NOT IN (
              'unknown',
              'migration',
              'init-api-tokens',
              'unleash_system_user',
              'systemuser@getunleash.io');

-- migrate:down irreversible
