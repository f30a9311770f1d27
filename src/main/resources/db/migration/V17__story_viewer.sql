-- Who has which story open and which paragraph each is editing (issue 14): in the database, so every app node sees
-- the same holds, a save on one node is refused for a hold taken on another, and a node that dies leaves rows that
-- simply expire. One row per open editor (a viewer); it stays after its heartbeat stops only to tell the viewer, if
-- it comes back, that it lost its hold (lost_block; lapsed_at says when it went quiet), and is deleted in time.
create table story_viewer (
    viewer_id  varchar(64)  primary key,
    story_id   bigint       not null,
    username   varchar(64)  not null,
    block_id   varchar(64),
    hold_since timestamp with time zone,
    seen       timestamp with time zone not null,
    taken_from varchar(64),
    lost_block varchar(64),
    lapsed_at  timestamp with time zone
);

create index ix_story_viewer_story on story_viewer (story_id, seen);
