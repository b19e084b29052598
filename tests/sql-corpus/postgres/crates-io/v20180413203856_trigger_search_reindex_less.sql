-- revision: v20180413203856
-- down_revision: v20180413170549
-- message: rust-lang/crates.io trigger_search_reindex_less

-- migrate:up
DROP TRIGGER trigger_crates_tsvector_update ON crates;

CREATE TRIGGER trigger_crates_tsvector_update BEFORE INSERT OR UPDATE OF updated_at
ON crates
FOR EACH ROW EXECUTE PROCEDURE trigger_crates_name_search();

-- migrate:down
DROP TRIGGER trigger_crates_tsvector_update ON crates;
CREATE TRIGGER trigger_crates_tsvector_update BEFORE INSERT OR UPDATE
ON crates
FOR EACH ROW EXECUTE PROCEDURE trigger_crates_name_search();
