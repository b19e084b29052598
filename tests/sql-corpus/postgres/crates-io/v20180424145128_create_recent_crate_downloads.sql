-- revision: v20180424145128
-- down_revision: v20180413203856
-- message: rust-lang/crates.io create_recent_crate_downloads

-- migrate:up
CREATE MATERIALIZED VIEW recent_crate_downloads (crate_id, downloads) AS
  SELECT crate_id, SUM(downloads) FROM crate_downloads
    WHERE date > date(CURRENT_TIMESTAMP - INTERVAL '90 days')
    GROUP BY crate_id;
CREATE UNIQUE INDEX recent_crate_downloads_crate_id ON recent_crate_downloads (crate_id);

CREATE FUNCTION refresh_recent_crate_downloads() RETURNS VOID AS $$
  REFRESH MATERIALIZED VIEW CONCURRENTLY recent_crate_downloads;
$$ LANGUAGE SQL;

-- migrate:down
DROP FUNCTION refresh_recent_crate_downloads();
DROP INDEX recent_crate_downloads_crate_id;
DROP MATERIALIZED VIEW recent_crate_downloads;
