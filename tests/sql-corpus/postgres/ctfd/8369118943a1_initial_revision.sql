-- revision: 8369118943a1
-- down_revision: none
-- message: CTFd/CTFd initial_revision

-- migrate:up
-- alembic: upgrade  -> 8369118943a1

CREATE TABLE challenges (
    id SERIAL NOT NULL,
    name VARCHAR(80),
    description TEXT,
    max_attempts INTEGER,
    value INTEGER,
    category VARCHAR(80),
    type VARCHAR(80),
    state VARCHAR(80) NOT NULL,
    requirements JSON,
    PRIMARY KEY (id)
);

CREATE TABLE config (
    id SERIAL NOT NULL,
    key TEXT,
    value TEXT,
    PRIMARY KEY (id)
);

CREATE TABLE pages (
    id SERIAL NOT NULL,
    title VARCHAR(80),
    route VARCHAR(128),
    content TEXT,
    draft BOOLEAN,
    hidden BOOLEAN,
    auth_required BOOLEAN,
    PRIMARY KEY (id),
    UNIQUE (route)
);

CREATE TABLE teams (
    id SERIAL NOT NULL,
    oauth_id INTEGER,
    name VARCHAR(128),
    email VARCHAR(128),
    password VARCHAR(128),
    secret VARCHAR(128),
    website VARCHAR(128),
    affiliation VARCHAR(128),
    country VARCHAR(32),
    bracket VARCHAR(32),
    hidden BOOLEAN,
    banned BOOLEAN,
    created TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    UNIQUE (email),
    UNIQUE (id, oauth_id),
    UNIQUE (oauth_id)
);

CREATE TABLE dynamic_challenge (
    id INTEGER NOT NULL,
    initial INTEGER,
    minimum INTEGER,
    decay INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(id) REFERENCES challenges (id)
);

CREATE TABLE files (
    id SERIAL NOT NULL,
    type VARCHAR(80),
    location TEXT,
    challenge_id INTEGER,
    page_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id),
    FOREIGN KEY(page_id) REFERENCES pages (id)
);

CREATE TABLE flags (
    id SERIAL NOT NULL,
    challenge_id INTEGER,
    type VARCHAR(80),
    content TEXT,
    data TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id)
);

CREATE TABLE hints (
    id SERIAL NOT NULL,
    type VARCHAR(80),
    challenge_id INTEGER,
    content TEXT,
    cost INTEGER,
    requirements JSON,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id)
);

CREATE TABLE tags (
    id SERIAL NOT NULL,
    challenge_id INTEGER,
    value VARCHAR(80),
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id)
);

CREATE TABLE users (
    id SERIAL NOT NULL,
    oauth_id INTEGER,
    name VARCHAR(128),
    password VARCHAR(128),
    email VARCHAR(128),
    type VARCHAR(80),
    secret VARCHAR(128),
    website VARCHAR(128),
    affiliation VARCHAR(128),
    country VARCHAR(32),
    bracket VARCHAR(32),
    hidden BOOLEAN,
    banned BOOLEAN,
    verified BOOLEAN,
    team_id INTEGER,
    created TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(team_id) REFERENCES teams (id),
    UNIQUE (email),
    UNIQUE (id, oauth_id),
    UNIQUE (oauth_id)
);

CREATE TABLE awards (
    id SERIAL NOT NULL,
    user_id INTEGER,
    team_id INTEGER,
    name VARCHAR(80),
    description TEXT,
    date TIMESTAMP WITHOUT TIME ZONE,
    value INTEGER,
    category VARCHAR(80),
    icon TEXT,
    requirements JSON,
    PRIMARY KEY (id),
    FOREIGN KEY(team_id) REFERENCES teams (id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE notifications (
    id SERIAL NOT NULL,
    title TEXT,
    content TEXT,
    date TIMESTAMP WITHOUT TIME ZONE,
    user_id INTEGER,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(team_id) REFERENCES teams (id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE submissions (
    id SERIAL NOT NULL,
    challenge_id INTEGER,
    user_id INTEGER,
    team_id INTEGER,
    ip VARCHAR(46),
    provided TEXT,
    type VARCHAR(32),
    date TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE tracking (
    id SERIAL NOT NULL,
    type VARCHAR(32),
    ip VARCHAR(46),
    user_id INTEGER,
    date TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE unlocks (
    id SERIAL NOT NULL,
    user_id INTEGER,
    team_id INTEGER,
    target INTEGER,
    date TIMESTAMP WITHOUT TIME ZONE,
    type VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(team_id) REFERENCES teams (id),
    FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE solves (
    id INTEGER NOT NULL,
    challenge_id INTEGER,
    user_id INTEGER,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    FOREIGN KEY(id) REFERENCES submissions (id) ON DELETE CASCADE,
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE,
    UNIQUE (challenge_id, team_id),
    UNIQUE (challenge_id, user_id)
);

-- migrate:down
-- alembic: downgrade 8369118943a1 ->

DROP TABLE solves;

DROP TABLE unlocks;

DROP TABLE tracking;

DROP TABLE submissions;

DROP TABLE notifications;

DROP TABLE awards;

DROP TABLE users;

DROP TABLE tags;

DROP TABLE hints;

DROP TABLE flags;

DROP TABLE files;

DROP TABLE dynamic_challenge;

DROP TABLE teams;

DROP TABLE pages;

DROP TABLE config;

DROP TABLE challenges;
