-- revision: 24ad6790bc3c
-- down_revision: 55623b100da8
-- message: CTFd/CTFd convert_rating_values_to_votes

-- migrate:up
-- alembic: upgrade 55623b100da8 -> 24ad6790bc3c

-- migrate:down
-- alembic: downgrade 24ad6790bc3c -> 55623b100da8
