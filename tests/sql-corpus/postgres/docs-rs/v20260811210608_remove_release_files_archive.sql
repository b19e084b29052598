-- revision: v20260811210608
-- down_revision: v20260512203454
-- message: rust-lang/docs.rs remove_release_files_archive

-- migrate:up
ALTER TABLE releases
DROP COLUMN files,
DROP COLUMN archive_storage;

-- migrate:down
ALTER TABLE releases 
ADD COLUMN archive_storage BOOL NOT NULL DEFAULT TRUE,
ADD COLUMN files JSON ;
