-- revision: v1537196857
-- down_revision: v1533934775
-- message: concourse/concourse add_team_roles

-- migrate:up

UPDATE teams SET auth=json_build_object('owner', auth::json);


-- migrate:down

UPDATE teams SET auth = auth::json->'owner';

