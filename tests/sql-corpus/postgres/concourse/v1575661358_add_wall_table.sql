-- revision: v1575661358
-- down_revision: v1573113142
-- message: concourse/concourse add_wall_table

-- migrate:up


CREATE TABLE wall (
    message text NOT NULL,
    expires_at timestamp with time zone
);


-- migrate:down


DROP TABLE IF EXISTS wall;


