-- revision: v202512291102420000
-- down_revision: v202511190914440000
-- message: rust-lang/crates.io add_distribution_to_cloudfront_invalidation_queue

-- migrate:up
ALTER TABLE cloudfront_invalidation_queue
    ADD COLUMN distribution TEXT NOT NULL DEFAULT 'index';

COMMENT ON COLUMN cloudfront_invalidation_queue.distribution IS 'CloudFront distribution to invalidate: "index" for index.crates.io, "static" for static.crates.io';

-- migrate:down
ALTER TABLE cloudfront_invalidation_queue
    DROP COLUMN distribution;
