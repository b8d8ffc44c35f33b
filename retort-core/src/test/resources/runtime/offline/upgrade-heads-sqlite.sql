CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1975ea83b712

CREATE TABLE account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712');

-- Running upgrade 1975ea83b712 -> 27c6a30d7c24

ALTER TABLE account ADD COLUMN last_login TIMESTAMP;

UPDATE alembic_version SET version_num='27c6a30d7c24' WHERE alembic_version.version_num = '1975ea83b712';

-- Running upgrade 27c6a30d7c24 -> 4b6e1f2a3c5d

CREATE TABLE account_role (
    account_id INTEGER NOT NULL,
    role VARCHAR(20) NOT NULL
);

INSERT INTO account (id, name) VALUES (1, 'admin; the first');

INSERT INTO account_role (account_id, role) SELECT id, 'owner' FROM account;

UPDATE alembic_version SET version_num='4b6e1f2a3c5d' WHERE alembic_version.version_num = '27c6a30d7c24';

-- Running upgrade  -> 6f7e8d9c0b1a

CREATE TABLE network (
    id INTEGER NOT NULL PRIMARY KEY,
    cidr VARCHAR(43) NOT NULL
);

INSERT INTO alembic_version (version_num) VALUES ('6f7e8d9c0b1a');

-- Running upgrade 6f7e8d9c0b1a -> 7d8c9b0a1e2f

CREATE TABLE ip_address (
    id INTEGER NOT NULL PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    account_id INTEGER REFERENCES account (id)
);

UPDATE alembic_version SET version_num='7d8c9b0a1e2f' WHERE alembic_version.version_num = '6f7e8d9c0b1a';

-- Running upgrade 27c6a30d7c24 -> 3e2f8a9b1c0d

CREATE INDEX ix_account_name ON account (name);

INSERT INTO alembic_version (version_num) VALUES ('3e2f8a9b1c0d');

-- Running upgrade 3e2f8a9b1c0d, 4b6e1f2a3c5d -> 5a3c2d1e0f9b

CREATE TABLE settings (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200)
);

DELETE FROM alembic_version WHERE alembic_version.version_num = '3e2f8a9b1c0d';

UPDATE alembic_version SET version_num='5a3c2d1e0f9b' WHERE alembic_version.version_num = '4b6e1f2a3c5d';

