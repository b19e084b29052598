-- revision: v1569945021
-- down_revision: v1568056691
-- message: concourse/concourse add_components

-- migrate:up


CREATE TABLE components (
    id serial PRIMARY KEY,
    name text NOT NULL,
    interval text NOT NULL,
    last_ran timestamp WITH TIME ZONE,
    paused boolean DEFAULT FALSE
);

CREATE UNIQUE INDEX components_name_key ON components (name);



-- migrate:down


DROP TABLE IF EXISTS components;


