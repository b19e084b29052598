-- revision: v20160609190917
-- down_revision: v20160428102809
-- message: rust-lang/rfcbot-rs add_repo_column

-- migrate:up
ALTER TABLE issue ADD COLUMN repository varchar(100) NOT NULL DEFAULT 'rust-lang/rust';

ALTER TABLE issuecomment ADD COLUMN repository varchar(100) NOT NULL DEFAULT 'rust-lang/rust';

ALTER TABLE milestone ADD COLUMN repository varchar(100) NOT NULL DEFAULT 'rust-lang/rust';

ALTER TABLE pullrequest ADD COLUMN repository varchar(100) NOT NULL DEFAULT 'rust-lang/rust';

-- migrate:down
ALTER TABLE issue DROP COLUMN IF EXISTS repository;

ALTER TABLE issuecomment DROP COLUMN IF EXISTS repository;

ALTER TABLE milestone DROP COLUMN IF EXISTS repository;

ALTER TABLE pullrequest DROP COLUMN IF EXISTS repository;
