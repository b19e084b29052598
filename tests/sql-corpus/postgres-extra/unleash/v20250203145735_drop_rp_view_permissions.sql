-- revision: v20250203145735
-- down_revision: v20250110130010
-- message: Unleash/unleash drop_rp_view_permissions

-- migrate:up
DELETE
        FROM permissions
        WHERE permission IN
              ('RELEASE_PLAN_TEMPLATE_VIEW_OVERVIEW', 'RELEASE_PLAN_TEMPLATE_VIEW');

-- migrate:down irreversible
