-- revision: v0137
-- down_revision: v0136
-- message: harness/harness alter_branch_add_last_created_pullreq

-- migrate:up
ALTER TABLE branches
ADD COLUMN branch_last_created_pullreq_id INTEGER DEFAULT NULL;

ALTER TABLE branches
ADD CONSTRAINT fk_branches_last_created_pullreq_id
FOREIGN KEY (branch_last_created_pullreq_id)
REFERENCES pullreqs (pullreq_id) MATCH SIMPLE
ON UPDATE NO ACTION
ON DELETE SET NULL;

-- migrate:down
ALTER TABLE branches
DROP CONSTRAINT IF EXISTS fk_branches_last_created_pullreq_id;

ALTER TABLE branches
DROP COLUMN IF EXISTS branch_last_created_pullreq_id;
