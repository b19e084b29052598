-- revision: v20251220165302
-- down_revision: v20251202040858
-- message: rust-lang/docs.rs remove_files

-- migrate:up
-- on the off-chance that someone is self-hosting docs.rs, and 
-- using database-storage, and is using `sqlx migrate run` instead of our 
-- own migrate-subcommand, 

-- we shouldn't drop the files.

-- DROP TABLE files;


-- migrate:down
-- CREATE TABLE files (
--     path character varying(4096) NOT NULL,
--     mime character varying(100) NOT NULL,
--     date_updated timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
--     content bytea,
--     compression integer
-- );

-- ALTER TABLE ONLY files
--     ADD CONSTRAINT files_pkey PRIMARY KEY (path);
