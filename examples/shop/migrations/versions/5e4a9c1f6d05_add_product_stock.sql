-- add product stock
--
-- Revision ID: 5e4a9c1f6d05
-- Revises: 3c2e7a9d4b03
-- Branch labels: inventory
-- Create Date: 2026-11-22 09:40:00.000000

-- retort:upgrade
ALTER TABLE product ADD COLUMN stock INTEGER NOT NULL DEFAULT 0;

-- retort:downgrade
ALTER TABLE product DROP COLUMN stock;
