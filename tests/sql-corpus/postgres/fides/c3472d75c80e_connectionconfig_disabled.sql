-- revision: c3472d75c80e
-- down_revision: 27fe9da9d0f9
-- message: ethyca/fides connectionconfig_disabled

-- migrate:up
-- alembic: upgrade 27fe9da9d0f9 -> c3472d75c80e

ALTER TABLE connectionconfig ADD COLUMN disabled BOOLEAN DEFAULT 'f';

ALTER TABLE connectionconfig ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;

alter type executionlogstatus add value 'skipped';

-- migrate:down
-- alembic: downgrade c3472d75c80e -> 27fe9da9d0f9

ALTER TABLE connectionconfig DROP COLUMN disabled_at;

ALTER TABLE connectionconfig DROP COLUMN disabled;

alter type executionlogstatus rename to executionlogstatus_old;

create type executionlogstatus as enum('in_processing', 'pending', 'complete', 'error', 'retrying', 'paused');

alter table executionlog alter column status type executionlogstatus using status::text::executionlogstatus;

drop type executionlogstatus_old;
