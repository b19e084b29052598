-- revision: v023
-- down_revision: v022
-- message: quickwit-oss/quickwit change_indexes_unique_index

-- migrate:up
ALTER TABLE indexes DROP CONSTRAINT IF EXISTS indexes_index_id_unique;

CREATE UNIQUE INDEX IF NOT EXISTS indexes_index_id_unique
  ON indexes USING btree ("index_id" varchar_pattern_ops);

-- migrate:down
DROP INDEX IF EXISTS indexes_index_id_unique;
ALTER TABLE indexes ADD CONSTRAINT indexes_index_id_unique UNIQUE (index_id);
