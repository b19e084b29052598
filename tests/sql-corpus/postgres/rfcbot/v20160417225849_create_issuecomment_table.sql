-- revision: v20160417225849
-- down_revision: v20160417225402
-- message: rust-lang/rfcbot-rs create_issuecomment_table

-- migrate:up
CREATE TABLE issuecomment (
    id INTEGER PRIMARY KEY,
    fk_issue INTEGER NOT NULL REFERENCES issue (number),
    fk_user INTEGER NOT NULL REFERENCES githubuser (id),
    body VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
)

-- migrate:down
DROP TABLE issuecomment
