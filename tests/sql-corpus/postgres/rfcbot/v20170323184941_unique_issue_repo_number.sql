-- revision: v20170323184941
-- down_revision: v20170222224139
-- message: rust-lang/rfcbot-rs unique_issue_repo_number

-- migrate:up
CREATE UNIQUE INDEX issue_repo_number ON issue(repository, "number");
CREATE UNIQUE INDEX pullrequest_repo_number ON pullrequest(repository, "number");

-- migrate:down
DROP INDEX issue_repo_number;
DROP INDEX pullrequest_repo_number;
