-- revision: e3a7c91f4d8b
-- down_revision: 718f3b9ee0f5
-- message: polarsource/polar fix_custom_field_number_properties_exceeding_int32_bounds

-- migrate:up
-- alembic: upgrade 718f3b9ee0f5 -> e3a7c91f4d8b

SET LOCAL lock_timeout = '5s';

UPDATE custom_fields
        SET properties = properties - 'ge'
        WHERE type = 'number'
          AND jsonb_typeof(properties->'ge') = 'number'
          AND (
              (properties->>'ge')::numeric < -2147483648
              OR (properties->>'ge')::numeric > 2147483647
          );

UPDATE custom_fields
        SET properties = properties - 'le'
        WHERE type = 'number'
          AND jsonb_typeof(properties->'le') = 'number'
          AND (
              (properties->>'le')::numeric < -2147483648
              OR (properties->>'le')::numeric > 2147483647
          );

-- migrate:down
-- alembic: downgrade e3a7c91f4d8b -> 718f3b9ee0f5

SET LOCAL lock_timeout = '5s';
