-- Running downgrade 5a3c2d1e0f9b -> 3e2f8a9b1c0d, 4b6e1f2a3c5d

DROP TABLE settings;

INSERT INTO alembic_version (version_num) VALUES ('3e2f8a9b1c0d');

UPDATE alembic_version SET version_num='4b6e1f2a3c5d' WHERE alembic_version.version_num = '5a3c2d1e0f9b';

-- Running downgrade 3e2f8a9b1c0d -> 27c6a30d7c24

DROP INDEX ix_account_name;

DELETE FROM alembic_version WHERE alembic_version.version_num = '3e2f8a9b1c0d';

-- Running downgrade 4b6e1f2a3c5d -> 27c6a30d7c24

DELETE FROM account WHERE id = 1;

DROP TABLE account_role;

UPDATE alembic_version SET version_num='27c6a30d7c24' WHERE alembic_version.version_num = '4b6e1f2a3c5d';

