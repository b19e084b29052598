-- revision: 565c75e65f2d
-- down_revision: c1a7e4b93f2d
-- message: polarsource/polar add_index_on_email_template_to_email_logs
-- transactional: false

-- migrate:up
-- alembic: upgrade c1a7e4b93f2d -> 565c75e65f2d

DROP INDEX CONCURRENTLY IF EXISTS ix_email_logs_email_template;

CREATE INDEX CONCURRENTLY ix_email_logs_email_template ON email_logs (email_template);

-- migrate:down
-- alembic: downgrade 565c75e65f2d -> c1a7e4b93f2d

DROP INDEX CONCURRENTLY IF EXISTS ix_email_logs_email_template;
