-- revision: v20251009132935
-- down_revision: v20251009081052
-- message: Unleash/unleash add_edge_node_presence

-- migrate:up
CREATE OR REPLACE FUNCTION bucket_edge_heartbeat(ts timestamptz)
          RETURNS timestamptz
          LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
            SELECT to_timestamp(floor(extract(epoch FROM ts) / 300) * 300) AT TIME ZONE 'UTC';
          $$;

          CREATE TABLE edge_node_presence (
            bucket_ts     timestamptz NOT NULL,
            node_ephem_id text        NOT NULL,
            PRIMARY KEY (bucket_ts, node_ephem_id)
          );

          CREATE INDEX edge_node_presence_brin ON edge_node_presence USING BRIN (bucket_ts);
          CREATE INDEX edge_node_presence_node_hash ON edge_node_presence USING HASH (node_ephem_id);

-- migrate:down irreversible
