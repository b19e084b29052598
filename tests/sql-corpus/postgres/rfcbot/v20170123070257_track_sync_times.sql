-- revision: v20170123070257
-- down_revision: v20161112102345
-- message: rust-lang/rfcbot-rs track_sync_times

-- migrate:up
CREATE TABLE githubsync (
    id SERIAL PRIMARY KEY,
    successful BOOLEAN NOT NULL,
    ran_at TIMESTAMP NOT NULL,
    message VARCHAR
);

INSERT INTO githubsync (successful, ran_at, message) VALUES
  (true, now() - interval '2 hours', null);

-- migrate:down
DROP TABLE githubsync
