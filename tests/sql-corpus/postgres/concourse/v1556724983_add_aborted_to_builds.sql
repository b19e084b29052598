-- revision: v1556724983
-- down_revision: v1554469235
-- message: concourse/concourse add_aborted_to_builds

-- migrate:up


ALTER TABLE builds ADD COLUMN aborted boolean DEFAULT false NOT NULL;

UPDATE builds SET aborted = true, completed = true WHERE status = 'aborted';



-- migrate:down


ALTER TABLE builds DROP COLUMN aborted;


