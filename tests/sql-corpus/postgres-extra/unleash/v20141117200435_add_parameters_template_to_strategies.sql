-- revision: v20141117200435
-- down_revision: v20141110144153
-- message: Unleash/unleash add_parameters_template_to_strategies

-- migrate:up
ALTER TABLE strategies ADD "parameters_template" json;

-- migrate:down irreversible
