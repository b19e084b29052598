-- revision: 97801300fedd
-- down_revision: c61fd9d4f73e
-- message: ethyca/fides identity_verification

-- migrate:up
-- alembic: upgrade c61fd9d4f73e -> 97801300fedd

alter type privacyrequeststatus add value 'identity_unverified';

ALTER TABLE privacyrequest ADD COLUMN identity_verified_at TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 97801300fedd -> c61fd9d4f73e

ALTER TABLE privacyrequest DROP COLUMN identity_verified_at;

alter type privacyrequeststatus rename to privacyrequeststatus_old;

create type privacyrequeststatus as enum('in_processing', 'complete', 'pending', 'error', 'paused', 'approved', 'denied', 'canceled');

alter table privacyrequest alter column status type privacyrequeststatus using status::text::privacyrequeststatus;

drop type privacyrequeststatus_old;
