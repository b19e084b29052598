-- revision: 75e8ab9a0014
-- down_revision: 0366ba6575ca
-- message: CTFd/CTFd add_fields_and_fieldentries_tables

-- migrate:up
-- alembic: upgrade 0366ba6575ca -> 75e8ab9a0014

CREATE TABLE fields (
    id SERIAL NOT NULL,
    name TEXT,
    type VARCHAR(80),
    field_type VARCHAR(80),
    description TEXT,
    required BOOLEAN,
    public BOOLEAN,
    editable BOOLEAN,
    PRIMARY KEY (id)
);

CREATE TABLE field_entries (
    id SERIAL NOT NULL,
    type VARCHAR(80),
    value JSON,
    field_id INTEGER,
    user_id INTEGER,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(field_id) REFERENCES fields (id) ON DELETE CASCADE,
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- migrate:down
-- alembic: downgrade 75e8ab9a0014 -> 0366ba6575ca

DROP TABLE field_entries;

DROP TABLE fields;
