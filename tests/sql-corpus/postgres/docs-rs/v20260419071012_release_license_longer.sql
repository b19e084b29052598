-- revision: v20260419071012
-- down_revision: v20260416031709
-- message: rust-lang/docs.rs release_license_longer

-- migrate:up
ALTER TABLE releases ALTER COLUMN license TYPE TEXT;

-- migrate:down
-- this reverse migration might fail when we have other records
-- referencing releases with longer license strings.
--
-- If this has to be reverted we probably would have to manually run
-- db::delete::delete_version for the releases.
DELETE FROM releases WHERE LENGTH(license) > 100;
ALTER TABLE releases ALTER COLUMN license TYPE VARCHAR(100);
