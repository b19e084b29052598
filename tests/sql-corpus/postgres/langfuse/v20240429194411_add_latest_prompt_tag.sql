-- revision: v20240429194411
-- down_revision: v20240429124411
-- message: langfuse/langfuse add_latest_prompt_tag

-- migrate:up
UPDATE
	prompts
SET
	labels = array_append(labels, 'latest')
WHERE
	id = (
		SELECT
			id
		FROM
			prompts AS p2
		WHERE
			p2.name = prompts.name
		ORDER BY
			created_at DESC
		LIMIT 1);

-- migrate:down irreversible
