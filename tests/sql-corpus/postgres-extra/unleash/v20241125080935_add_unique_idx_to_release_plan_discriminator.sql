-- revision: v20241125080935
-- down_revision: v20241119105837
-- message: Unleash/unleash add_unique_idx_to_release_plan_discriminator

-- migrate:up
CREATE UNIQUE INDEX idx_uniq_release_plan_definitions_discriminator_template
         ON release_plan_definitions(name)
         WHERE discriminator = 'template';

-- migrate:down irreversible
