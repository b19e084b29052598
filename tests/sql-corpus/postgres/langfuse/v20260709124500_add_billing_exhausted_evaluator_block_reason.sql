-- revision: v20260709124500
-- down_revision: v20260707170000
-- message: langfuse/langfuse add_billing_exhausted_evaluator_block_reason

-- migrate:up
-- AlterEnum
ALTER TYPE "EvaluatorBlockReason" ADD VALUE 'LLM_CONNECTION_BILLING_EXHAUSTED';
ALTER TYPE "EvaluatorBlockReason" ADD VALUE 'LLM_CONNECTION_ENDPOINT_UNREACHABLE';

-- migrate:down irreversible
