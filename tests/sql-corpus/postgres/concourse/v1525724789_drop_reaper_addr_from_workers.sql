-- revision: v1525724789
-- down_revision: v1525442981
-- message: concourse/concourse drop_reaper_addr_from_workers

-- migrate:up


ALTER TABLE workers DROP COLUMN reaper_addr;



-- migrate:down


ALTER TABLE workers ADD reaper_addr text DEFAULT '';


