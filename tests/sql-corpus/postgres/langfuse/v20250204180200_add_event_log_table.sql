-- revision: v20250204180200
-- down_revision: v20250128163035
-- message: langfuse/langfuse add_event_log_table

-- migrate:up
-- CreateTable
CREATE TABLE "event_log" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bucket_name" TEXT NOT NULL,
    "bucket_path" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,

    "trace_id" TEXT,

    CONSTRAINT "event_log_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "event_log_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "event_log_project_id_entity_type_entity_id_idx" ON "event_log"("project_id", "entity_type", "entity_id");

-- migrate:down irreversible
