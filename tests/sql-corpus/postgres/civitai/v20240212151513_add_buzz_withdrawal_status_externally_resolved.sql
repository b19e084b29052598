-- revision: v20240212151513
-- down_revision: v20240209213025
-- message: civitai/civitai add_buzz_withdrawal_status_externally_resolved
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "BuzzWithdrawalRequestStatus" ADD VALUE 'ExternallyResolved';
 

-- migrate:down irreversible
