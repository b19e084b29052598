-- revision: v0012
-- down_revision: v0011
-- message: harness/harness create_index_pullreq_reviews_pullreq_id

-- migrate:up
CREATE INDEX index_pullreq_review_pullreq_id
ON pullreq_reviews(pullreq_review_pullreq_id);

-- migrate:down irreversible
