-- revision: 46a278193a94
-- down_revision: 4d3c1b59d011
-- message: CTFd/CTFd enable_millisecond_precision_in_mysql_datetime

-- migrate:up
-- alembic: upgrade 4d3c1b59d011 -> 46a278193a94

-- migrate:down
-- alembic: downgrade 46a278193a94 -> 4d3c1b59d011
