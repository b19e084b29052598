-- revision: v20221220211549
-- down_revision: v20221220204300
-- message: civitai/civitai current_mviews

-- migrate:up
-- This is an empty migration.
CREATE UNIQUE INDEX mrank_model_id ON "ModelRank" ("modelId");
CREATE UNIQUE INDEX urank_user_id ON "UserRank" ("userId");

-- migrate:down irreversible
