-- revision: 7d5be54acd49
-- down_revision: none
-- message: LAION-AI/Open-Assistant initial_revision

-- migrate:up
-- alembic: upgrade  -> 7d5be54acd49

CREATE TABLE "user" (
    id VARCHAR NOT NULL,
    provider VARCHAR NOT NULL,
    provider_account_id VARCHAR NOT NULL,
    display_name VARCHAR(256) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_user_provider ON "user" (provider);

CREATE INDEX ix_user_provider_account_id ON "user" (provider_account_id);

CREATE UNIQUE INDEX provider ON "user" (provider_account_id);

CREATE TABLE worker (
    id VARCHAR NOT NULL,
    api_key VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    trusted BOOLEAN NOT NULL,
    in_compliance_check_since TIMESTAMP WITHOUT TIME ZONE,
    next_compliance_check TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id)
);

CREATE INDEX ix_worker_api_key ON worker (api_key);

CREATE TABLE chat (
    id VARCHAR NOT NULL,
    user_id VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    title VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_chat_created_at ON chat (created_at);

CREATE INDEX ix_chat_modified_at ON chat (modified_at);

CREATE INDEX ix_chat_user_id ON chat (user_id);

CREATE TABLE worker_compliance_check (
    id VARCHAR NOT NULL,
    worker_id VARCHAR NOT NULL,
    compare_worker_id VARCHAR,
    start_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    end_time TIMESTAMP WITHOUT TIME ZONE,
    responded BOOLEAN NOT NULL,
    error VARCHAR,
    passed BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(worker_id) REFERENCES worker (id)
);

CREATE INDEX ix_worker_compliance_check_compare_worker_id ON worker_compliance_check (compare_worker_id);

CREATE INDEX ix_worker_compliance_check_worker_id ON worker_compliance_check (worker_id);

CREATE TABLE worker_event (
    worker_config JSONB,
    id VARCHAR NOT NULL,
    worker_id VARCHAR NOT NULL,
    time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    event_type VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(worker_id) REFERENCES worker (id)
);

CREATE INDEX ix_worker_event_worker_id ON worker_event (worker_id);

CREATE TABLE message (
    work_parameters JSONB,
    worker_config JSONB,
    role VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    chat_id VARCHAR NOT NULL,
    parent_id VARCHAR,
    content VARCHAR,
    error VARCHAR,
    state VARCHAR NOT NULL,
    work_begin_at TIMESTAMP WITHOUT TIME ZONE,
    work_end_at TIMESTAMP WITHOUT TIME ZONE,
    worker_id VARCHAR,
    worker_compat_hash VARCHAR,
    score INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(chat_id) REFERENCES chat (id),
    FOREIGN KEY(worker_id) REFERENCES worker (id)
);

CREATE INDEX ix_message_chat_id ON message (chat_id);

CREATE INDEX ix_message_role ON message (role);

CREATE INDEX ix_message_worker_compat_hash ON message (worker_compat_hash);

CREATE TABLE report (
    id VARCHAR NOT NULL,
    message_id VARCHAR NOT NULL,
    report_type VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(message_id) REFERENCES message (id)
);

CREATE INDEX ix_report_message_id ON report (message_id);

-- migrate:down
-- alembic: downgrade 7d5be54acd49 ->

DROP INDEX ix_report_message_id;

DROP TABLE report;

DROP INDEX ix_message_worker_compat_hash;

DROP INDEX ix_message_role;

DROP INDEX ix_message_chat_id;

DROP TABLE message;

DROP INDEX ix_worker_event_worker_id;

DROP TABLE worker_event;

DROP INDEX ix_worker_compliance_check_worker_id;

DROP INDEX ix_worker_compliance_check_compare_worker_id;

DROP TABLE worker_compliance_check;

DROP INDEX ix_chat_user_id;

DROP INDEX ix_chat_modified_at;

DROP INDEX ix_chat_created_at;

DROP TABLE chat;

DROP INDEX ix_worker_api_key;

DROP TABLE worker;

DROP INDEX provider;

DROP INDEX ix_user_provider_account_id;

DROP INDEX ix_user_provider;

DROP TABLE "user";
