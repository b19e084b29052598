-- revision: v20200805094311
-- down_revision: v20200805091409
-- message: Unleash/unleash add_feature_type_to_features

-- migrate:up
ALTER TABLE "features" ADD COLUMN "type" VARCHAR  DEFAULT 'release';

-- migrate:down irreversible
