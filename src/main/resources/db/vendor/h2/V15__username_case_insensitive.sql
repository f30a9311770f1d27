-- User names are unique whatever their case (issue 14), checked by the database, not only by the service.
-- H2 has no index on an expression: a generated column holds the lower-cased name, with the unique index on it.
-- (PostgreSQL: db/vendor/postgresql, an index on lower(username).) "if not exists": H2 commits each statement, so
-- after names that differ only in case are renamed and `flyway repair` is run, the retry does not trip on the
-- column the failed attempt left.
alter table app_user add column if not exists username_key varchar(64) generated always as (lower(username));
create unique index if not exists uq_app_user_username_key on app_user (username_key);
