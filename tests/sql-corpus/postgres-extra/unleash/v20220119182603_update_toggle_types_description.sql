-- revision: v20220119182603
-- down_revision: v20220111125620
-- message: Unleash/unleash update_toggle_types_description

-- migrate:up
UPDATE feature_types set description = 'Release feature toggles are used to release new features.' where id = 'release';
        UPDATE feature_types set description = 'Experiment feature toggles are used to test and verify multiple different versions of a feature.' where id = 'experiment';
        UPDATE feature_types set description = 'Operational feature toggles are used to control aspects of a rollout.' where id = 'operational';
        UPDATE feature_types set description = 'Kill switch feature toggles are used to quickly turn on or off critical functionality in your system.' where id = 'kill-switch';
        UPDATE feature_types set description = 'Permission feature toggles are used to control permissions in your system.' where id = 'permission';

-- migrate:down irreversible
