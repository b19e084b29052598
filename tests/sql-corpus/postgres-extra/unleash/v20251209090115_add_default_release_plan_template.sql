-- revision: v20251209090115
-- down_revision: v20251118131212
-- message: Unleash/unleash add_default_release_plan_template

-- migrate:up
INSERT INTO release_plan_definitions (id, discriminator, name, description, created_by_user_id)
        SELECT '01KC6TD3HASJWRPMKT1ACY8M3A', 'template', 'Unleash Release Template',
               'A built-in progressive rollout template with 25%, 50%, 75%, and 100% milestones.',
               -1337
        WHERE NOT EXISTS (
            SELECT 1 FROM release_plan_definitions
            WHERE discriminator = 'template'
        );

        INSERT INTO milestones (id, name, sort_order, release_plan_definition_id)
        SELECT v.id, v.name, v.sort_order, '01KC6TD3HASJWRPMKT1ACY8M3A'
        FROM (VALUES
            ('01KC6VHE9VYKDN12C5VASZ5GQY', 'Rollout 25%', 0),
            ('01KC6VHE9VB6YX6B3QVJ6J8M7D', 'Rollout 50%', 1),
            ('01KC6VHE9V0JFJSTHY5AYMSF0G', 'Rollout 75%', 2),
            ('01KC6VHE9VJSFWF0RJDYCVMWBC', 'Rollout 100%', 3)
        ) AS v(id, name, sort_order)
        WHERE EXISTS (
            SELECT 1 FROM release_plan_definitions WHERE id = '01KC6TD3HASJWRPMKT1ACY8M3A'
        );

        INSERT INTO milestone_strategies (id, milestone_id, sort_order, title, strategy_name, parameters, constraints)
        SELECT v.strategy_id, v.milestone_id, 0, '', 'flexibleRollout', v.params::jsonb, '[]'::jsonb
        FROM (VALUES
            ('01KC6VJDDYAYBRCZT92YFF1H5Q', '01KC6VHE9VYKDN12C5VASZ5GQY', '{"rollout":"25","stickiness":"default","groupId":"{{featureName}}"}'),
            ('01KC6VJDDYMA9W74KJ4TJ9EEK6', '01KC6VHE9VB6YX6B3QVJ6J8M7D', '{"rollout":"50","stickiness":"default","groupId":"{{featureName}}"}'),
            ('01KC6VJDDYD4VX407YX4QA3AVJ', '01KC6VHE9V0JFJSTHY5AYMSF0G', '{"rollout":"75","stickiness":"default","groupId":"{{featureName}}"}'),
            ('01KC6VJDDYVR43TJTWY1BZ2SYF', '01KC6VHE9VJSFWF0RJDYCVMWBC', '{"rollout":"100","stickiness":"default","groupId":"{{featureName}}"}')
        ) AS v(strategy_id, milestone_id, params)
        WHERE EXISTS (
            SELECT 1 FROM milestones WHERE id = v.milestone_id
        );

-- migrate:down irreversible
