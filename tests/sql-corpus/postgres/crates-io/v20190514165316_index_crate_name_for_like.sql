-- revision: v20190514165316
-- down_revision: v20190513192055
-- message: rust-lang/crates.io index_crate_name_for_like

-- migrate:up
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX index_crates_name_tgrm ON crates USING gin (canon_crate_name(name) gin_trgm_ops);

-- migrate:down
DROP INDEX index_crates_name_tgrm;
DROP EXTENSION pg_trgm;
