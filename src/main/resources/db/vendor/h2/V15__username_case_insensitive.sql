-- User names are unique whatever their case (issue 14), checked by the database, not only by the service.
-- H2 has no index on an expression: a generated column holds the lower-cased name, with the unique index on it.
-- (PostgreSQL: db/vendor/postgresql, an index on lower(username).)
alter table app_user add column username_key varchar(64) generated always as (lower(username));
create unique index uq_app_user_username_key on app_user (username_key);
