-- revision: v20240221114302
-- down_revision: v20240221113734
-- message: rust-lang/docs.rs ensure_no_buildless_releases_exist

-- migrate:up
-- no up-migration, we only have a down-migration as validation

-- migrate:down
DELETE FROM compression_rels WHERE NOT EXISTS (
    SELECT 1
    FROM releases
    INNER JOIN builds ON builds.rid = releases.id
    WHERE releases.id = compression_rels.release
);

DELETE FROM keyword_rels WHERE NOT EXISTS (
    SELECT 1
    FROM releases
    INNER JOIN builds ON builds.rid = releases.id
    WHERE releases.id = keyword_rels.rid
);

DELETE FROM releases WHERE NOT EXISTS (
    SELECT *
    FROM builds
    WHERE builds.rid = releases.id
);
