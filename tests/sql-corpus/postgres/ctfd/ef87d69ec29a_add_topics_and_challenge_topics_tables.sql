-- revision: ef87d69ec29a
-- down_revision: 07dfbe5e1edc
-- message: CTFd/CTFd add_topics_and_challenge_topics_tables

-- migrate:up
-- alembic: upgrade 07dfbe5e1edc -> ef87d69ec29a

CREATE TABLE topics (
    id SERIAL NOT NULL,
    value VARCHAR(255),
    PRIMARY KEY (id),
    UNIQUE (value)
);

CREATE TABLE challenge_topics (
    id SERIAL NOT NULL,
    challenge_id INTEGER,
    topic_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    FOREIGN KEY(topic_id) REFERENCES topics (id) ON DELETE CASCADE
);

-- migrate:down
-- alembic: downgrade ef87d69ec29a -> 07dfbe5e1edc

DROP TABLE challenge_topics;

DROP TABLE topics;
