== stamp 27c6a --sql
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> 27c6a30d7c24

INSERT INTO alembic_version (version_num) VALUES ('27c6a30d7c24');

== stamp 27c6a:5a3c --sql
-- Running stamp_revision 27c6a30d7c24 -> 5a3c2d1e0f9b

UPDATE alembic_version SET version_num='5a3c2d1e0f9b' WHERE alembic_version.version_num = '27c6a30d7c24';

== stamp heads --sql
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> 5a3c2d1e0f9b

INSERT INTO alembic_version (version_num) VALUES ('5a3c2d1e0f9b');

-- Running stamp_revision  -> 7d8c9b0a1e2f

INSERT INTO alembic_version (version_num) VALUES ('7d8c9b0a1e2f');

== stamp 5a3c:base --sql
-- Running stamp_revision 5a3c2d1e0f9b -> 

DELETE FROM alembic_version WHERE alembic_version.version_num = '5a3c2d1e0f9b';

