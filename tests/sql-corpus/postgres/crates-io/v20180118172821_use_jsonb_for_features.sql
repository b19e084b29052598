-- revision: v20180118172821
-- down_revision: v20171112195324
-- message: rust-lang/crates.io use_jsonb_for_features

-- migrate:up
ALTER TABLE versions ALTER COLUMN features SET DATA TYPE jsonb USING features::jsonb;
ALTER TABLE versions ALTER COLUMN features SET DEFAULT '{}';
ALTER TABLE versions ALTER COLUMN features SET NOT NULL;

-- migrate:down
ALTER TABLE versions ALTER COLUMN features DROP NOT NULL;
ALTER TABLE versions ALTER COLUMN features DROP DEFAULT;
ALTER TABLE versions ALTER COLUMN features SET DATA TYPE text;
