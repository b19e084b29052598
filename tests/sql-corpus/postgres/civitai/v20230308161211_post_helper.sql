-- revision: v20230308161211
-- down_revision: v20230308010444
-- message: civitai/civitai post_helper

-- migrate:up
UPDATE "Tag" SET target = array_append(target, 'Post')
WHERE 'Image' = ANY(Target);


CREATE OR REPLACE VIEW "PostHelper" AS
SELECT
    "postId",
    bool_or("scannedAt" IS NOT NULL) AS scanned
FROM "Image"
GROUP BY "postId";

-- migrate:down irreversible
