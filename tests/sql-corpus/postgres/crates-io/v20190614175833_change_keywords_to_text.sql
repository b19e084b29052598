-- revision: v20190614175833
-- down_revision: v20190514165316
-- message: rust-lang/crates.io change_keywords_to_text

-- migrate:up
ALTER TABLE keywords ALTER COLUMN keyword TYPE text;

-- migrate:down
ALTER TABLE keywords ALTER COLUMN keyword TYPE varchar;
