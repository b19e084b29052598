-- revision: v0111a
-- down_revision: v0110
-- message: harness/harness alter_table_nodes

-- migrate:up
ALTER TABLE nodes DROP CONSTRAINT IF EXISTS nodes_node_parent_id_fkey;

ALTER TABLE nodes
ADD CONSTRAINT nodes_node_parent_id_fkey
FOREIGN KEY (node_parent_id) 
REFERENCES nodes(node_id)
ON DELETE CASCADE;

-- migrate:down
ALTER TABLE nodes DROP CONSTRAINT IF EXISTS nodes_node_parent_id_fkey;

ALTER TABLE nodes
ADD CONSTRAINT nodes_node_parent_id_fkey
FOREIGN KEY (node_parent_id) 
REFERENCES nodes(node_id);
