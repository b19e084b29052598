-- revision: v20161115111957
-- down_revision: v20161115111900
-- message: rust-lang/crates.io dumped_migration_119

-- migrate:up
CREATE FUNCTION update_categories_crates_cnt() RETURNS trigger AS $$ BEGIN IF (TG_OP = 'INSERT') THEN UPDATE categories SET crates_cnt = crates_cnt + 1 WHERE id = NEW.category_id; return NEW; ELSIF (TG_OP = 'DELETE') THEN UPDATE categories SET crates_cnt = crates_cnt - 1 WHERE id = OLD.category_id; return OLD; END IF; END $$ LANGUAGE plpgsql; CREATE TRIGGER trigger_update_categories_crates_cnt BEFORE INSERT OR DELETE ON crates_categories FOR EACH ROW EXECUTE PROCEDURE update_categories_crates_cnt(); CREATE TRIGGER touch_crate_on_modify_categories AFTER INSERT OR DELETE ON crates_categories FOR EACH ROW EXECUTE PROCEDURE touch_crate();

-- migrate:down
DROP TRIGGER trigger_update_categories_crates_cnt ON crates_categories; DROP FUNCTION update_categories_crates_cnt(); DROP TRIGGER touch_crate_on_modify_categories ON crates_categories;
