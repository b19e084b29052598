-- revision: 912d801f06c0
-- down_revision: bde646a6f51e
-- message: ethyca/fides audit_log_email_send

-- migrate:up
-- alembic: upgrade bde646a6f51e -> 912d801f06c0

alter type auditlogaction add value 'email_sent';

-- migrate:down
-- alembic: downgrade 912d801f06c0 -> bde646a6f51e

delete from auditlog where action in ('email_sent');

alter type auditlogaction rename to auditlogaction_old;

create type auditlogaction as enum('approved', 'denied', 'finished');

alter table auditlog alter column action type auditlogaction using action::text::auditlogaction;

drop type auditlogaction_old;
