-- An API client's Idempotency-Key for the save that made a revision, and a digest of that request, so a
-- retried save returns the revision the first one made and a key reused for another save is refused.
-- Rows without a key (every editor save) stay NULL; a unique constraint allows many NULLs on H2 and PostgreSQL.
alter table revision add column idempotency_key varchar(200);
alter table revision add column request_fingerprint varchar(64);
alter table revision add constraint uq_revision_idempotency_key unique (story_id, idempotency_key);
