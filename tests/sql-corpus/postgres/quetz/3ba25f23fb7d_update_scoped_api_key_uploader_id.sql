-- revision: 3ba25f23fb7d
-- down_revision: d212023a8e0b
-- message: mamba-org/quetz update_scoped_api_key_uploader_id

-- migrate:up
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)

-- migrate:down
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)
