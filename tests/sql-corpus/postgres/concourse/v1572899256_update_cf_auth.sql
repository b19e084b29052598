-- revision: v1572899256
-- down_revision: v1569945021
-- message: concourse/concourse update_cf_auth

-- migrate:up

UPDATE teams SET auth = regexp_replace(auth, '"cf:([^"]*):([^"]*)"', '"cf:\1:\2:developer"', 'g');


-- migrate:down

UPDATE teams SET auth = regexp_replace(auth,'"cf:([^"]*):([^"]*):developer"','"cf:\1:\2"','g');

