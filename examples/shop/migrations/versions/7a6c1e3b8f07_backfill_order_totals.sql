-- backfill order totals
--
-- Revision ID: 7a6c1e3b8f07
-- Revises: 6f5b0d2a7e06
-- Create Date: 2026-11-22 10:00:00.000000

-- retort:upgrade
ALTER TABLE purchase_order ADD COLUMN total_cents INTEGER NOT NULL DEFAULT 0;

-- A data migration: every existing order gets the sum of its lines.
UPDATE purchase_order
   SET total_cents = (SELECT COALESCE(SUM(l.quantity * l.unit_price_cents), 0)
                        FROM order_line l
                       WHERE l.order_id = purchase_order.id);

-- retort:downgrade
ALTER TABLE purchase_order DROP COLUMN total_cents;
