-- revision: ed1b00ff963d
-- down_revision: 55d61eb8ed12
-- message: ethyca/fides cancel_privacy_request

-- migrate:up
-- alembic: upgrade 55d61eb8ed12 -> ed1b00ff963d

ALTER TABLE privacyrequest ADD COLUMN cancel_reason VARCHAR(200);

ALTER TABLE privacyrequest ADD COLUMN canceled_at TIMESTAMP WITH TIME ZONE;

alter type privacyrequeststatus add value 'canceled';

-- migrate:down
-- alembic: downgrade ed1b00ff963d -> 55d61eb8ed12

ALTER TABLE privacyrequest DROP COLUMN canceled_at;

ALTER TABLE privacyrequest DROP COLUMN cancel_reason;

delete from privacyrequest where status in ('canceled');

alter type privacyrequeststatus rename to privacyrequeststatus_old;

create type privacyrequeststatus as enum('in_processing', 'complete', 'pending', 'error', 'paused', 'approved', 'denied');

alter table privacyrequest alter column status type privacyrequeststatus using status::text::privacyrequeststatus;

drop type privacyrequeststatus_old;
