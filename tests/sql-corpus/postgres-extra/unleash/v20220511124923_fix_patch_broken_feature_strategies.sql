-- revision: v20220511124923
-- down_revision: v20220511111823
-- message: Unleash/unleash fix_patch_broken_feature_strategies

-- migrate:up
UPDATE feature_strategies
          SET project_name = project
          FROM features
          WHERE features.project != feature_strategies.project_name
          AND features.name = feature_strategies.feature_name;

-- migrate:down irreversible
