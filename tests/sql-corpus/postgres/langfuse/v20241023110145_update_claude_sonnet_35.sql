-- revision: v20241023110145
-- down_revision: v20241022110145
-- message: langfuse/langfuse update_claude_sonnet_35

-- migrate:up
-- https://docs.anthropic.com/en/docs/about-claude/models#model-comparison-table
UPDATE models SET model_name = 'claude-3.5-sonnet-20241022' WHERE id = 'cm2krz1uf000208jjg5653iud';
UPDATE models SET model_name = 'claude-3.5-sonnet-latest' WHERE id = 'cm2ks2vzn000308jjh4ze1w7q';

-- migrate:down irreversible
