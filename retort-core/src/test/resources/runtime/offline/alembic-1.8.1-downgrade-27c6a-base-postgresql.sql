-- recorded with: alembic 1.8.1 downgrade 27c6a:base --sql (PostgreSQL URL)
BEGIN;

-- Running downgrade 27c6a30d7c24 -> 1975ea83b712

ALTER TABLE account DROP COLUMN c;

UPDATE alembic_version SET version_num='1975ea83b712' WHERE alembic_version.version_num = '27c6a30d7c24';

-- Running downgrade 1975ea83b712 -> 

DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '1975ea83b712';

DROP TABLE alembic_version;

COMMIT;

