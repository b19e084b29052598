-- revision: v20200806091734
-- down_revision: v20200805094311
-- message: Unleash/unleash add_stale_flag_to_features

-- migrate:up
ALTER TABLE "features" ADD COLUMN "stale" BOOLEAN  DEFAULT false;

-- migrate:down irreversible
