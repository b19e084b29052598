-- revision: v20170318181441
-- down_revision: v20170315133901
-- message: rust-lang/crates.io downloads_need_no_id

-- migrate:up
ALTER TABLE crate_downloads DROP COLUMN id;
ALTER TABLE crate_downloads ALTER COLUMN "date" TYPE date;
ALTER TABLE crate_downloads ADD PRIMARY KEY (crate_id, date);

-- migrate:down
ALTER TABLE crate_downloads DROP CONSTRAINT crate_downloads_pkey;
ALTER TABLE crate_downloads ALTER COLUMN "date" TYPE timestamp;
ALTER TABLE crate_downloads ADD COLUMN id SERIAL PRIMARY KEY;
