-- revision: v20160417225402
-- down_revision: v20160417224917
-- message: rust-lang/rfcbot-rs create_issuelabel_table

-- migrate:up
CREATE TABLE issuelabel (
    id SERIAL PRIMARY KEY,
    fk_issue INTEGER NOT NULL REFERENCES issue (number),
    label VARCHAR NOT NULL,
    color VARCHAR NOT NULL
)

-- migrate:down
DROP TABLE issuelabel
