-- revision: v20260513072457
-- down_revision: v20260512114051
-- message: openmeterio/openmeter ledger_transaction_template_codes

-- migrate:up
UPDATE
  "ledger_transactions" AS tx
SET
  "annotations" = jsonb_set(
    tx."annotations" - 'ledger.transaction.template_name',
    '{ledger.transaction.template_code}',
    to_jsonb(mapping.template_code::text),
    true
  )
FROM (
  VALUES
    ('IssueCustomerReceivableTemplate', 'customer.receivable.issue'),
    ('AuthorizeCustomerReceivablePaymentTemplate', 'customer.receivable.payment.authorize'),
    ('SettleCustomerReceivableFromPaymentTemplate', 'customer.receivable.payment.settle'),
    ('AttributeCustomerAdvanceReceivableCostBasisTemplate', 'customer.receivable.advance.attribute'),
    ('CoverCustomerReceivableTemplate', 'customer.receivable.cover'),
    ('TransferCustomerFBOToAccruedTemplate', 'customer.fbo.collect'),
    ('TransferCustomerFBOAdvanceToAccruedTemplate', 'customer.fbo.advance.collect'),
    ('TransferCustomerReceivableToAccruedTemplate', 'customer.receivable.collect'),
    ('TranslateCustomerAccruedCostBasisTemplate', 'customer.accrued.cost_basis.translate'),
    ('RecognizeEarningsFromAttributableAccruedTemplate', 'customer.accrued.earnings.recognize'),
    ('ConvertCurrencyTemplate', 'customer.fbo.currency.convert')
) AS mapping(legacy_name, template_code)
WHERE
  tx."annotations" ->> 'ledger.transaction.template_name' = mapping.legacy_name;

-- migrate:down
UPDATE
  "ledger_transactions" AS tx
SET
  "annotations" = jsonb_set(
    tx."annotations" - 'ledger.transaction.template_code',
    '{ledger.transaction.template_name}',
    to_jsonb(mapping.legacy_name::text),
    true
  )
FROM (
  VALUES
    ('customer.receivable.issue', 'IssueCustomerReceivableTemplate'),
    ('customer.receivable.payment.authorize', 'AuthorizeCustomerReceivablePaymentTemplate'),
    ('customer.receivable.payment.settle', 'SettleCustomerReceivableFromPaymentTemplate'),
    ('customer.receivable.advance.attribute', 'AttributeCustomerAdvanceReceivableCostBasisTemplate'),
    ('customer.receivable.cover', 'CoverCustomerReceivableTemplate'),
    ('customer.fbo.collect', 'TransferCustomerFBOToAccruedTemplate'),
    ('customer.fbo.advance.collect', 'TransferCustomerFBOAdvanceToAccruedTemplate'),
    ('customer.receivable.collect', 'TransferCustomerReceivableToAccruedTemplate'),
    ('customer.accrued.cost_basis.translate', 'TranslateCustomerAccruedCostBasisTemplate'),
    ('customer.accrued.earnings.recognize', 'RecognizeEarningsFromAttributableAccruedTemplate'),
    ('customer.fbo.currency.convert', 'ConvertCurrencyTemplate')
) AS mapping(template_code, legacy_name)
WHERE
  tx."annotations" ->> 'ledger.transaction.template_code' = mapping.template_code;
