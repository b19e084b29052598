-- revision: d65e7e921814
-- down_revision: c5336b841d70
-- message: ethyca/fides add_privacy_request_status

-- migrate:up
-- alembic: upgrade c5336b841d70 -> d65e7e921814

alter type privacyrequeststatus add value 'paused';

-- migrate:down
-- alembic: downgrade d65e7e921814 -> c5336b841d70

delete from privacyrequest where status in ('paused');

alter type privacyrequeststatus rename to privacyrequeststatus_old;

create type privacyrequeststatus as enum('in_processing', 'complete', 'pending', 'error');

alter table privacyrequest alter column status type privacyrequeststatus using status::text::privacyrequeststatus;

drop type privacyrequeststatus_old;
