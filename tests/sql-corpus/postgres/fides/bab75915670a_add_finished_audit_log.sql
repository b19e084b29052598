-- revision: bab75915670a
-- down_revision: 3c5e1253465d
-- message: ethyca/fides add_finished_audit_log

-- migrate:up
-- alembic: upgrade 3c5e1253465d -> bab75915670a

alter type auditlogaction add value 'finished';

-- migrate:down
-- alembic: downgrade bab75915670a -> 3c5e1253465d

delete from auditlog where action in ('finished');

alter type auditlogaction rename to auditlogaction_old;

create type auditlogaction as enum('approved', 'denied');

alter table auditlog alter column action type auditlogaction using action::text::auditlogaction;

drop type auditlogaction_old;
