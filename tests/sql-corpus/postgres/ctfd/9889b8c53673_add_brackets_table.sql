-- revision: 9889b8c53673
-- down_revision: 5c4996aeb2cb
-- message: CTFd/CTFd add_brackets_table

-- migrate:up
-- alembic: upgrade 5c4996aeb2cb -> 9889b8c53673

CREATE TABLE brackets (
    id SERIAL NOT NULL,
    name VARCHAR(255),
    description TEXT,
    type VARCHAR(80),
    PRIMARY KEY (id)
);

ALTER TABLE teams ADD COLUMN bracket_id INTEGER;

ALTER TABLE teams ADD FOREIGN KEY(bracket_id) REFERENCES brackets (id) ON DELETE SET NULL;

ALTER TABLE teams DROP COLUMN bracket;

ALTER TABLE users ADD COLUMN bracket_id INTEGER;

ALTER TABLE users ADD FOREIGN KEY(bracket_id) REFERENCES brackets (id) ON DELETE SET NULL;

ALTER TABLE users DROP COLUMN bracket;

-- migrate:down irreversible
