-- revision: V2
-- down_revision: V1
-- message: add cars table
-- imported from refinery V2__add_cars_table.sql (V2)

-- migrate:up
CREATE TABLE cars (
    id int,
    name varchar(255)
);
-- migrate:down irreversible
