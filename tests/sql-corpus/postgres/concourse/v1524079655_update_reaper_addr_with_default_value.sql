-- revision: v1524079655
-- down_revision: v1523974520
-- message: concourse/concourse update_reaper_addr_with_default_value

-- migrate:up


ALTER TABLE workers ALTER COLUMN reaper_addr SET DEFAULT ''::text;



-- migrate:down


ALTER TABLE workers ALTER COLUMN reaper_addr DROP DEFAULT;


