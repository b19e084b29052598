-- revision: 0366ba6575ca
-- down_revision: 1093835a1051
-- message: CTFd/CTFd add_table_for_comments

-- migrate:up
-- alembic: upgrade 1093835a1051 -> 0366ba6575ca

CREATE TABLE comments (
    id SERIAL NOT NULL,
    type VARCHAR(80),
    content TEXT,
    date TIMESTAMP WITHOUT TIME ZONE,
    author_id INTEGER,
    challenge_id INTEGER,
    user_id INTEGER,
    team_id INTEGER,
    page_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(author_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    FOREIGN KEY(page_id) REFERENCES pages (id) ON DELETE CASCADE,
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- migrate:down
-- alembic: downgrade 0366ba6575ca -> 1093835a1051

DROP TABLE comments;
