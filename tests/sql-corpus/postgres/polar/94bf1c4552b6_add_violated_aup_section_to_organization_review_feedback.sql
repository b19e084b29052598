-- revision: 94bf1c4552b6
-- down_revision: fef393bb1f53
-- message: polarsource/polar add_violated_aup_section_to_organization_review_feedback

-- migrate:up
-- alembic: upgrade fef393bb1f53 -> 94bf1c4552b6

SET LOCAL lock_timeout = '5s';

ALTER TABLE organization_review_feedback ADD COLUMN violated_aup_section VARCHAR;

-- migrate:down
-- alembic: downgrade 94bf1c4552b6 -> fef393bb1f53

SET LOCAL lock_timeout = '5s';

ALTER TABLE organization_review_feedback DROP COLUMN violated_aup_section;
