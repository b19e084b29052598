-- revision: 3358eb6834e6
-- down_revision: 067c4002f2d9
-- message: LAION-AI/Open-Assistant add_journal_table

-- migrate:up
-- alembic: upgrade 067c4002f2d9 -> 3358eb6834e6

CREATE TABLE journal (
    id UUID NOT NULL,
    created_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    event_payload JSONB NOT NULL,
    person_id UUID,
    post_id UUID,
    api_client_id UUID NOT NULL,
    event_type VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    FOREIGN KEY(person_id) REFERENCES person (id),
    FOREIGN KEY(post_id) REFERENCES post (id)
);

CREATE INDEX ix_journal_person_id ON journal (person_id);

CREATE TABLE journal_integration (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    last_run TIMESTAMP WITHOUT TIME ZONE,
    description VARCHAR(512) NOT NULL,
    last_journal_id UUID,
    last_error VARCHAR,
    next_run TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id, description),
    FOREIGN KEY(last_journal_id) REFERENCES journal (id)
);

-- migrate:down
-- alembic: downgrade 3358eb6834e6 -> 067c4002f2d9

DROP TABLE journal_integration;

DROP INDEX ix_journal_person_id;

DROP TABLE journal;
