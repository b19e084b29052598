-- revision: v20231013080226
-- down_revision: v20230813175222
-- message: rust-lang/crates.io add_features_limit

-- migrate:up
ALTER TABLE crates ADD max_features SMALLINT;

-- migrate:down
ALTER TABLE crates DROP max_features;
