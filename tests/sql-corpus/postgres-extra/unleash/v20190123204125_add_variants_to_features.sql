-- revision: v20190123204125
-- down_revision: v20170628205541
-- message: Unleash/unleash add_variants_to_features

-- migrate:up
ALTER TABLE features ADD "variants" json;
        ALTER TABLE features ALTER COLUMN "variants" SET DEFAULT '[]';

-- migrate:down irreversible
