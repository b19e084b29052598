-- revision: 364b4efa1686
-- down_revision: 662d728ad7da
-- message: CTFd/CTFd add_ratings_table

-- migrate:up
-- alembic: upgrade 662d728ad7da -> 364b4efa1686

CREATE TABLE ratings (
    id SERIAL NOT NULL,
    user_id INTEGER,
    challenge_id INTEGER,
    value INTEGER,
    review VARCHAR(2000),
    date TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE,
    UNIQUE (user_id, challenge_id)
);

-- migrate:down
-- alembic: downgrade 364b4efa1686 -> 662d728ad7da

DROP TABLE ratings;
