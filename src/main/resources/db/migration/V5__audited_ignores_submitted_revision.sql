-- Ignoring a finding that blocks approval (an ad, duplicate or boilerplate fix) is a decision the reviewer
-- sees: keep the finding's type and the editor's reason with it. Older rows have neither; they blocked nothing
-- unseen before this release only because nobody knew, so the review screen lists them as "no reason given".
alter table ignored_finding add column finding_type varchar(32);
alter table ignored_finding add column reason varchar(1000);

-- Only the revision an editor submitted can be approved. Stories already in review submitted their current one.
alter table story add column submitted_revision integer;
update story set submitted_revision = current_revision where status = 'IN_REVIEW';
