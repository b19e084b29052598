-- revision: v20241031123526
-- down_revision: v20241031102325
-- message: Unleash/unleash release_plan_definition_remove_fk_constraint_on_userid

-- migrate:up
ALTER TABLE release_plan_definitions DROP CONSTRAINT release_plan_definitions_created_by_user_id_fkey;
        CREATE INDEX idx_release_plan_definitions_created_by_user_id ON release_plan_definitions (created_by_user_id);

-- migrate:down irreversible
