-- revision: a1
-- down_revision: none
-- message: items, and a log of code revision runs

-- migrate:up
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name VARCHAR(40) NOT NULL,
    label VARCHAR(80) NULL
);
CREATE TABLE code_runs (revision VARCHAR(10) NOT NULL);

-- migrate:down
DROP TABLE code_runs;
DROP TABLE items;
