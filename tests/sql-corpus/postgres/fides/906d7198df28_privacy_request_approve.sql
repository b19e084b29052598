-- revision: 906d7198df28
-- down_revision: 5a966cd643d7
-- message: ethyca/fides privacy_request_approve

-- migrate:up
-- alembic: upgrade 5a966cd643d7 -> 906d7198df28

alter type privacyrequeststatus add value 'approved';

alter type privacyrequeststatus add value 'denied';

ALTER TABLE privacyrequest ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE privacyrequest ADD COLUMN reviewed_by VARCHAR;

ALTER TABLE privacyrequest ADD CONSTRAINT privacyrequest_reviewed_by_fkey FOREIGN KEY(reviewed_by) REFERENCES fidesopsuser (id) ON DELETE SET NULL;

-- migrate:down
-- alembic: downgrade 906d7198df28 -> 5a966cd643d7

delete from privacyrequest where status in ('approved', 'denied');

ALTER TABLE privacyrequest DROP CONSTRAINT privacyrequest_reviewed_by_fkey;

ALTER TABLE privacyrequest DROP COLUMN reviewed_by;

ALTER TABLE privacyrequest DROP COLUMN reviewed_at;

alter type privacyrequeststatus rename to privacyrequeststatus_old;

create type privacyrequeststatus as enum('in_processing', 'complete', 'pending', 'error', 'paused');

alter table privacyrequest alter column status type privacyrequeststatus using status::text::privacyrequeststatus;

drop type privacyrequeststatus_old;
