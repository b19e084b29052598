-- revision: v20240518024921
-- down_revision: v20240517094752
-- message: rust-lang/bors create_pr

-- migrate:up
CREATE TABLE IF NOT EXISTS pull_request (
  id SERIAL PRIMARY KEY,
  repository TEXT NOT NULL,
  number BIGINT NOT NULL,
  build_id INT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_build_id FOREIGN KEY (build_id) REFERENCES build(id)
);

-- create index for repository and number
CREATE UNIQUE INDEX IF NOT EXISTS pull_request_repository_number_idx ON pull_request (repository, number);

-- migrate:down
DROP INDEX IF EXISTS pull_request_repository_number_idx;

DROP TABLE IF EXISTS pull_request;
