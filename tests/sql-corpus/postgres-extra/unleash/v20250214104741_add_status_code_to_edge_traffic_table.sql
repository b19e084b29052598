-- revision: v20250214104741
-- down_revision: v20250212130610
-- message: Unleash/unleash add_status_code_to_edge_traffic_table

-- migrate:up
ALTER TABLE stat_edge_traffic_usage ADD COLUMN status_code INT NOT NULL DEFAULT 200;
    CREATE INDEX stat_edge_traffic_usage_traffic_group_status_code_idx ON stat_edge_traffic_usage(status_code, traffic_group);
    ALTER TABLE stat_edge_traffic_usage
        DROP CONSTRAINT stat_edge_traffic_usage_pkey,
        ADD PRIMARY KEY (instance_id, traffic_group, day, status_code);

-- migrate:down irreversible
