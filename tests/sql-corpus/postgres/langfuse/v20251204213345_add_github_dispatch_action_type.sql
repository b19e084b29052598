-- revision: v20251204213345
-- down_revision: v20251201095227
-- message: langfuse/langfuse add_github_dispatch_action_type

-- migrate:up
-- Migration: Add GitHub Dispatch Action Type
-- This migration adds support for GitHub repository dispatch actions by:
-- 1. Adding GITHUB_DISPATCH to the ActionType enum

-- AlterEnum
ALTER TYPE "ActionType" ADD VALUE 'GITHUB_DISPATCH';

-- migrate:down irreversible
