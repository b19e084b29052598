-- revision: v0046
-- down_revision: v0045
-- message: harness/harness alter_table_spaces_add_deletetimestamp

-- migrate:up
ALTER TABLE spaces ADD COLUMN space_deleted BIGINT DEFAULT NULL;

DROP INDEX spaces_parent_id;

CREATE INDEX spaces_parent_id
    ON spaces(space_parent_id)    
    WHERE space_deleted IS NULL;

CREATE INDEX spaces_deleted_parent_id
    ON spaces(space_deleted, space_parent_id)
    WHERE space_deleted IS NOT NULL;

-- migrate:down
ALTER TABLE spaces DROP COLUMN space_deleted;

DROP INDEX spaces_parent_id;
DROP INDEX spaces_deleted;

CREATE INDEX spaces_parent_id
ON spaces(space_parent_id);
