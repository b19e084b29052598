-- revision: V1
-- down_revision: none
-- message: initial
-- imported from refinery V1__initial.sql (V1)

-- migrate:up
CREATE TABLE persons (
    id int,
    name varchar(255),
    city varchar(255)
);
-- migrate:down irreversible
