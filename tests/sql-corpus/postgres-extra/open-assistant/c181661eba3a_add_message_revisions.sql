-- revision: c181661eba3a
-- down_revision: 1b6e3ae16e9d
-- message: LAION-AI/Open-Assistant add_message_revisions

-- migrate:up
-- alembic: upgrade 1b6e3ae16e9d -> c181661eba3a

CREATE TABLE message_revision (
    id UUID NOT NULL,
    payload JSONB,
    message_id UUID NOT NULL,
    user_id UUID,
    created_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY(message_id) REFERENCES message (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_message_revision_message_id ON message_revision (message_id);

ALTER TABLE message ADD COLUMN edited BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade c181661eba3a -> 1b6e3ae16e9d

ALTER TABLE message DROP COLUMN edited;

DROP INDEX ix_message_revision_message_id;

DROP TABLE message_revision;
