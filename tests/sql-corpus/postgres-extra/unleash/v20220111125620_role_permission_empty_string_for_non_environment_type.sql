-- revision: v20220111125620
-- down_revision: v20220111121010
-- message: Unleash/unleash role_permission_empty_string_for_non_environment_type

-- migrate:up
UPDATE role_permission SET environment = '' where permission_id NOT IN 
    (select id from permissions WHERE type = 'environment');

-- migrate:down irreversible
