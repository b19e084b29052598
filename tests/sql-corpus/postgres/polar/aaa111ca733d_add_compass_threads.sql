-- revision: aaa111ca733d
-- down_revision: 71ec0612f44f
-- message: polarsource/polar add_compass_threads

-- migrate:up
-- alembic: upgrade 71ec0612f44f -> aaa111ca733d

SET LOCAL lock_timeout = '5s';

CREATE TABLE compass_threads (
    organization_id UUID NOT NULL,
    user_id UUID NOT NULL,
    title VARCHAR NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT compass_threads_pkey PRIMARY KEY (id),
    CONSTRAINT compass_threads_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT compass_threads_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_compass_threads_created_at ON compass_threads (created_at);

CREATE INDEX ix_compass_threads_deleted_at ON compass_threads (deleted_at);

CREATE INDEX ix_compass_threads_organization_id ON compass_threads (organization_id);

CREATE INDEX ix_compass_threads_user_id ON compass_threads (user_id);

CREATE TABLE compass_thread_messages (
    thread_id UUID NOT NULL,
    prompt TEXT NOT NULL,
    parts JSONB NOT NULL,
    model_messages JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT compass_thread_messages_pkey PRIMARY KEY (id),
    CONSTRAINT compass_thread_messages_thread_id_fkey FOREIGN KEY(thread_id) REFERENCES compass_threads (id) ON DELETE cascade
);

CREATE INDEX ix_compass_thread_messages_created_at ON compass_thread_messages (created_at);

CREATE INDEX ix_compass_thread_messages_deleted_at ON compass_thread_messages (deleted_at);

CREATE INDEX ix_compass_thread_messages_thread_id_created_at ON compass_thread_messages (thread_id, created_at);

-- migrate:down
-- alembic: downgrade aaa111ca733d -> 71ec0612f44f

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_compass_thread_messages_thread_id_created_at;

DROP INDEX ix_compass_thread_messages_deleted_at;

DROP INDEX ix_compass_thread_messages_created_at;

DROP TABLE compass_thread_messages;

DROP INDEX ix_compass_threads_user_id;

DROP INDEX ix_compass_threads_organization_id;

DROP INDEX ix_compass_threads_deleted_at;

DROP INDEX ix_compass_threads_created_at;

DROP TABLE compass_threads;
