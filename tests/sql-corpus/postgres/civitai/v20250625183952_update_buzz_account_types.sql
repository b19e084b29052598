-- revision: v20250625183952
-- down_revision: v20250614053144
-- message: civitai/civitai update_buzz_account_types
-- transactional: false

-- migrate:up
ALTER TYPE "BuzzAccountType" ADD VALUE 'green';
ALTER TYPE "BuzzAccountType" ADD VALUE 'fakered';
  

-- migrate:down irreversible
