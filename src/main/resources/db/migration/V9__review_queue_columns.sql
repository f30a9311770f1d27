-- The review queue reads who submitted, when, and how many blocking findings the submitted revision had from
-- the story row itself, in one paged query, instead of analysing every story in the queue as it renders.
alter table story add column submitted_by varchar(64);
alter table story add column submitted_at timestamp with time zone;
alter table story add column blocking_findings integer;
create index ix_story_status_submitted on story (status, submitted_at);
