-- Work that must run once per cluster, not once per node (feed polling): a named lease that one node holds
-- until it expires, renewed while it keeps working (issue 14).
create table cluster_lease (
    name       varchar(64)  primary key,
    holder     varchar(128) not null,
    expires_at timestamp with time zone not null
);
