-- revision: v0049
-- down_revision: v0048
-- message: supabase/storage buckets_objects_grants_postgres

-- migrate:up
SET search_path TO storage, public;
do $$
begin
  if exists (select from pg_roles where rolname = 'postgres') then
    grant all on storage.buckets, storage.objects to postgres with grant option;
  end if;
end $$;

-- migrate:down irreversible
