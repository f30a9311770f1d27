-- User names are unique whatever their case (issue 14), checked by the database, not only by the service.
-- (H2: db/vendor/h2, a generated lower-cased column with the same effect.)
create unique index if not exists uq_app_user_username_lower on app_user (lower(username));
