-- revision: c98da12d76f8
-- down_revision: 29a7d707163a
-- message: ethyca/fides add_audit_log

-- migrate:up
-- alembic: upgrade 29a7d707163a -> c98da12d76f8

CREATE TYPE auditlogaction AS ENUM ('approved', 'denied');

CREATE TABLE auditlog (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    user_id VARCHAR,
    privacy_request_id VARCHAR,
    action auditlogaction NOT NULL,
    message VARCHAR,
    PRIMARY KEY (id)
);

CREATE INDEX ix_auditlog_action ON auditlog (action);

CREATE INDEX ix_auditlog_id ON auditlog (id);

CREATE INDEX ix_auditlog_privacy_request_id ON auditlog (privacy_request_id);

CREATE INDEX ix_auditlog_user_id ON auditlog (user_id);

-- migrate:down
-- alembic: downgrade c98da12d76f8 -> 29a7d707163a

DROP INDEX ix_auditlog_user_id;

DROP INDEX ix_auditlog_privacy_request_id;

DROP INDEX ix_auditlog_id;

DROP INDEX ix_auditlog_action;

DROP TABLE auditlog;
