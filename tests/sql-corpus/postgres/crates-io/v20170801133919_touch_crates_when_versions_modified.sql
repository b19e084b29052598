-- revision: v20170801133919
-- down_revision: v20170728002039
-- message: rust-lang/crates.io touch_crates_when_versions_modified

-- migrate:up
CREATE OR REPLACE FUNCTION touch_crate_on_version_modified() RETURNS trigger AS $$
BEGIN
  IF (
    TG_OP = 'INSERT' OR
    NEW.updated_at IS DISTINCT FROM OLD.updated_at
  ) THEN
    UPDATE crates SET updated_at = CURRENT_TIMESTAMP WHERE
      crates.id = NEW.crate_id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER touch_crate BEFORE INSERT OR UPDATE ON versions
  FOR EACH ROW EXECUTE PROCEDURE touch_crate_on_version_modified();

-- migrate:down
DROP TRIGGER touch_crate ON versions;
DROP FUNCTION touch_crate_on_version_modified();
