-- The prospectus list shows each version's number of priorities and its net investment over the cycle.
-- Worked out per row when the list was read, they cost two queries over the priorities and their money for
-- every prospectus listed; they are now kept on the prospectus itself, written with its priorities.
ALTER TABLE prospectus ADD COLUMN priority_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE prospectus ADD COLUMN net_investment DECIMAL(17, 2) DEFAULT 0 NOT NULL;

UPDATE prospectus p SET
    priority_count = (SELECT COUNT(*) FROM prospectus_priority pp WHERE pp.prospectus_id = p.id),
    net_investment = (SELECT COALESCE(SUM(a.amount), 0) FROM priority_amount a
                        JOIN prospectus_priority pp ON pp.id = a.priority_id
                       WHERE pp.prospectus_id = p.id AND a.year_index < p.cycle_years);
