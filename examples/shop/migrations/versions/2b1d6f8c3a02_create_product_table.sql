-- create product table
--
-- Revision ID: 2b1d6f8c3a02
-- Revises: 1a0c5e7b2f01
-- Create Date: 2026-11-22 09:10:00.000000

-- retort:upgrade
CREATE TABLE product (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL UNIQUE,
    title VARCHAR(200) NOT NULL,
    price_cents INTEGER NOT NULL
);

-- Products the shop opens with; quotes and semicolons in strings are data, not statement ends.
INSERT INTO product (id, sku, title, price_cents) VALUES (1, 'MUG-01', 'Mug; "retort" edition', 1200);
INSERT INTO product (id, sku, title, price_cents) VALUES (2, 'TEE-01', 'T-shirt, it''s cotton', 1900);

-- retort:downgrade
DROP TABLE product;
