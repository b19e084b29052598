-- revision: v20250221044718
-- down_revision: v20250221023627
-- message: civitai/civitai add_tipalti_withdrawal_method

-- migrate:up

-- AlterTable
ALTER TABLE "UserPaymentConfiguration" ADD COLUMN     "tipaltiWithdrawalMethod" "CashWithdrawalMethod";
 

-- migrate:down irreversible
