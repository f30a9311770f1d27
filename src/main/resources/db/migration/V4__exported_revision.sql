-- The approved revision that last went out through an export.
alter table story add column exported_revision integer;
