-- Where an imported story came from (issue 12): the dateline and own id its document gave (a NewsML-G2 guid, an
-- NITF doc-id, a web page's canonical URL) and the format it arrived in. Null for stories from before formats.
alter table story add column dateline varchar(200);
alter table story add column original_id varchar(300);
alter table story add column import_format varchar(16);
create index ix_story_original_id on story (original_id);
