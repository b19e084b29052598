-- revision: v20240213195536
-- down_revision: v20240212151513
-- message: civitai/civitai additional_notification_categories
-- transactional: false

-- migrate:up
ALTER TYPE "NotificationCategory" ADD VALUE 'Buzz';
ALTER TYPE "NotificationCategory" ADD VALUE 'System';

-- migrate:down irreversible
