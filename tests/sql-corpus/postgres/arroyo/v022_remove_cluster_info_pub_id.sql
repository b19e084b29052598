-- revision: v022
-- down_revision: v021
-- message: ArroyoSystems/arroyo remove_cluster_info_pub_id

-- migrate:up
ALTER TABLE cluster_info
DROP COLUMN pub_id;

-- migrate:down irreversible
