-- revision: v20250724160133
-- down_revision: v20250724114251
-- message: langfuse/langfuse add_session_object_type_annoation_queue_items

-- migrate:up
-- AlterEnum
ALTER TYPE "AnnotationQueueObjectType" ADD VALUE 'SESSION';

-- migrate:down irreversible
