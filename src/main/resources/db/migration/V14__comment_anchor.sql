-- Comments anchored to a paragraph (issue 13): the block id the comment is about; null for the whole story.
alter table story_comment add column block_id varchar(64);
