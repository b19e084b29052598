-- revision: 8b6ad64cb8f5
-- down_revision: e7d1f4b2a9c6
-- message: mlflow/mlflow extend_sql_issues_with_observation_metadata_and_indexed_face

-- migrate:up
-- alembic: upgrade e7d1f4b2a9c6 -> 8b6ad64cb8f5

ALTER TABLE issues ADD COLUMN last_seen_timestamp BIGINT;

ALTER TABLE issues ADD COLUMN last_updated_by VARCHAR(255);

ALTER TABLE issues ADD COLUMN metadata TEXT;

CREATE INDEX index_issues_experiment_last_seen ON issues (experiment_id, last_seen_timestamp);

CREATE INDEX index_issues_experiment_updated ON issues (experiment_id, last_updated_timestamp);

CREATE TABLE issue_categories (
    issue_id VARCHAR(36) NOT NULL,
    category_hash VARCHAR(64) NOT NULL,
    category TEXT NOT NULL,
    CONSTRAINT issue_categories_pk PRIMARY KEY (issue_id, category_hash),
    CONSTRAINT fk_issue_categories_issue_id FOREIGN KEY(issue_id) REFERENCES issues (issue_id) ON DELETE CASCADE
);

CREATE INDEX index_issue_categories_hash ON issue_categories (category_hash);

-- migrate:down
-- alembic: downgrade 8b6ad64cb8f5 -> e7d1f4b2a9c6

DROP INDEX index_issue_categories_hash;

DROP TABLE issue_categories;

DROP INDEX index_issues_experiment_updated;

DROP INDEX index_issues_experiment_last_seen;

ALTER TABLE issues DROP COLUMN metadata;

ALTER TABLE issues DROP COLUMN last_updated_by;

ALTER TABLE issues DROP COLUMN last_seen_timestamp;
