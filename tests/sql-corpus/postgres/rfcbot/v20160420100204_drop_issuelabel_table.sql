-- revision: v20160420100204
-- down_revision: v20160420095519
-- message: rust-lang/rfcbot-rs drop_issuelabel_table

-- migrate:up
DROP TABLE issuelabel

-- migrate:down
CREATE TABLE issuelabel (
    id SERIAL PRIMARY KEY,
    fk_issue INTEGER NOT NULL REFERENCES issue (number),
    label VARCHAR NOT NULL,
    color VARCHAR NOT NULL
)
