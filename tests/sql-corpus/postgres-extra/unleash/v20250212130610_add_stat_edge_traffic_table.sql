-- revision: v20250212130610
-- down_revision: v20250211114205
-- message: Unleash/unleash add_stat_edge_traffic_table

-- migrate:up
CREATE TABLE stat_edge_traffic_usage(
    instance_id TEXT NOT NULL,
    day DATE NOT NULL,
    traffic_group TEXT NOT NULL,
    count BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (instance_id, day, traffic_group)
  );
    CREATE INDEX stat_edge_traffic_usage_traffic_group_idx ON stat_edge_traffic_usage(traffic_group);
    CREATE INDEX stat_edge_traffic_usage_day_idx ON stat_edge_traffic_usage(day);

-- migrate:down irreversible
