-- revision: v1523974520
-- down_revision: v1522178770
-- message: concourse/concourse add_worker_reaper_addr

-- migrate:up


ALTER TABLE workers ADD COLUMN reaper_addr text;



-- migrate:down


ALTER TABLE workers DROP COLUMN reaper_addr;


