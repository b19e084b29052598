-- revision: c3
-- down_revision: a1
-- branch_labels: reports
-- message: reports branch
-- imported from alembic c3_reports.py

-- migrate:up
CREATE TABLE reports (
    id SERIAL NOT NULL, 
    title TEXT NOT NULL, 
    PRIMARY KEY (id)
);
-- migrate:down
DROP TABLE reports;
