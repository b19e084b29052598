-- revision: v20211008113656
-- down_revision: v20210718125813
-- message: rust-lang/crates.io simplify_versions_trigger

-- migrate:up
-- remove the old trigger
DROP TRIGGER trigger_versions_set_updated_at ON versions;

-- add the new trigger only for the `yanked` column
CREATE TRIGGER trigger_versions_set_updated_at
    BEFORE UPDATE OF yanked
    ON versions
    FOR EACH ROW
EXECUTE PROCEDURE set_updated_at();

-- migrate:down
-- remove the new trigger
DROP TRIGGER trigger_versions_set_updated_at ON versions;

-- add the old trigger again
CREATE TRIGGER trigger_versions_set_updated_at
    BEFORE UPDATE
    ON versions
    FOR EACH ROW
EXECUTE PROCEDURE set_updated_at_ignore_downloads();
