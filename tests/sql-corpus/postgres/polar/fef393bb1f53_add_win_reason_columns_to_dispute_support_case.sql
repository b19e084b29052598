-- revision: fef393bb1f53
-- down_revision: b181f0be8208
-- message: polarsource/polar add_win_reason_columns_to_dispute_support_case

-- migrate:up
-- alembic: upgrade b181f0be8208 -> fef393bb1f53

SET LOCAL lock_timeout = '5s';

ALTER TABLE support_cases ADD COLUMN win_reason VARCHAR;

ALTER TABLE support_cases ADD COLUMN win_reason_other TEXT;

-- migrate:down
-- alembic: downgrade fef393bb1f53 -> b181f0be8208

SET LOCAL lock_timeout = '5s';

ALTER TABLE support_cases DROP COLUMN win_reason_other;

ALTER TABLE support_cases DROP COLUMN win_reason;
