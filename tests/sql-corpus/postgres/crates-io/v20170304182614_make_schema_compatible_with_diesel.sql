-- revision: v20170304182614
-- down_revision: v20170102145236
-- message: rust-lang/crates.io make_schema_compatible_with_diesel

-- migrate:up
DROP INDEX badges_crate_type;
ALTER TABLE badges ADD PRIMARY KEY (crate_id, badge_type);
ALTER TABLE crates_categories ADD PRIMARY KEY (crate_id, category_id);
ALTER TABLE crates_keywords ADD PRIMARY KEY (crate_id, keyword_id);
ALTER TABLE follows ADD PRIMARY KEY (user_id, crate_id);
ALTER TABLE metadata ADD PRIMARY KEY (total_downloads);

-- migrate:down
CREATE UNIQUE INDEX badges_crate_type ON badges (crate_id, badge_type);
ALTER TABLE badges DROP CONSTRAINT badges_pkey;
ALTER TABLE crates_categories DROP CONSTRAINT crates_categories_pkey;
ALTER TABLE crates_keywords DROP CONSTRAINT crates_keywords_pkey;
ALTER TABLE follows DROP CONSTRAINT follows_pkey;
ALTER TABLE metadata DROP CONSTRAINT metadata_pkey;
