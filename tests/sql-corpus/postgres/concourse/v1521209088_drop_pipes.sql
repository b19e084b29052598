-- revision: v1521209088
-- down_revision: v1520950708
-- message: concourse/concourse drop_pipes

-- migrate:up

DROP TABLE pipes;


-- migrate:down

CREATE TABLE pipes (
    id text NOT NULL,
    url text,
    team_id integer NOT NULL
);

ALTER TABLE ONLY pipes
    ADD CONSTRAINT pipes_pkey PRIMARY KEY (id);

CREATE INDEX pipes_team_id ON pipes USING btree (team_id);

ALTER TABLE ONLY pipes
    ADD CONSTRAINT pipes_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id) ON DELETE CASCADE;

