-- revision: d4
-- down_revision: c3
-- depends_on: b2
-- message: reports belong to accounts
-- imported from alembic d4_report_owner.py

-- migrate:up
ALTER TABLE reports ADD COLUMN account_id INTEGER;

ALTER TABLE reports ADD FOREIGN KEY(account_id) REFERENCES accounts (id);

UPDATE reports SET title = title || ' 50%' WHERE title LIKE '%draft%';
-- migrate:down
ALTER TABLE reports DROP COLUMN account_id;
