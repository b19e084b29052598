-- revision: v20220511111823
-- down_revision: v20220425090847
-- message: Unleash/unleash patch_broken_feature_strategies

-- migrate:up
UPDATE feature_strategies
          SET project_name = project
          FROM features
          WHERE features.project != feature_strategies.project_name;

-- migrate:down irreversible
