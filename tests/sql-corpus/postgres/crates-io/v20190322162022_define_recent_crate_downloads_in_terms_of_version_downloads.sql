-- revision: v20190322162022
-- down_revision: v20190318233900
-- message: rust-lang/crates.io define_recent_crate_downloads_in_terms_of_version_downloads

-- migrate:up
DROP MATERIALIZED VIEW recent_crate_downloads;
CREATE MATERIALIZED VIEW recent_crate_downloads (crate_id, downloads) AS
  SELECT crate_id, SUM(version_downloads.downloads) FROM version_downloads
    INNER JOIN versions
      ON version_downloads.version_id = versions.id
    WHERE version_downloads.date > date(CURRENT_TIMESTAMP - INTERVAL '90 days')
    GROUP BY crate_id;
CREATE UNIQUE INDEX recent_crate_downloads_crate_id ON recent_crate_downloads (crate_id);

-- migrate:down
DROP MATERIALIZED VIEW recent_crate_downloads;
CREATE MATERIALIZED VIEW recent_crate_downloads (crate_id, downloads) AS
  SELECT crate_id, SUM(downloads) FROM crate_downloads
    WHERE date > date(CURRENT_TIMESTAMP - INTERVAL '90 days')
    GROUP BY crate_id;
CREATE UNIQUE INDEX recent_crate_downloads_crate_id ON recent_crate_downloads (crate_id);
