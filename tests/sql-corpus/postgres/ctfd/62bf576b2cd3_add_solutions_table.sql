-- revision: 62bf576b2cd3
-- down_revision: a49ad66aa0f1
-- message: CTFd/CTFd add_solutions_table

-- migrate:up
-- alembic: upgrade a49ad66aa0f1 -> 62bf576b2cd3

CREATE TABLE solutions (
    id SERIAL NOT NULL,
    challenge_id INTEGER,
    content TEXT,
    state VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    UNIQUE (challenge_id)
);

ALTER TABLE files ADD COLUMN solution_id INTEGER;

ALTER TABLE files ADD FOREIGN KEY(solution_id) REFERENCES solutions (id);

-- migrate:down irreversible
