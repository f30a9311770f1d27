-- Near-duplicate stories (issue 12): each imported story's MinHash signature and its band keys (indexed, so that
-- candidates are found by lookup), and the earlier story an import looks like, with the estimated similarity in %.
alter table story add column duplicate_of bigint references story (id);
alter table story add column duplicate_score integer;

create table story_signature (
    story_id  bigint        primary key references story (id),
    signature varchar(480)  not null
);

create table story_band (
    story_id  bigint       not null references story (id),
    band_key  varchar(24)  not null,
    primary key (story_id, band_key)
);
create index ix_story_band_key on story_band (band_key);
