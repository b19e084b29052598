-- revision: a1
-- down_revision: none
-- message: accounts and a plpgsql helper
-- imported from alembic a1_accounts.py

-- migrate:up
CREATE TABLE accounts (
    id SERIAL NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    share VARCHAR(8) DEFAULT '100%', 
    PRIMARY KEY (id)
);

CREATE FUNCTION account_label(n text) RETURNS text AS $$
        BEGIN
            RETURN format('%s (%%)', n);
        END;
        $$ LANGUAGE plpgsql;
-- migrate:down
DROP FUNCTION account_label(text);

DROP TABLE accounts;
