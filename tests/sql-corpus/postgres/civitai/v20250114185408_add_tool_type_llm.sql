-- revision: v20250114185408
-- down_revision: v20241220050455
-- message: civitai/civitai add_tool_type_llm
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ToolType" ADD VALUE 'LLM';

-- migrate:down irreversible
