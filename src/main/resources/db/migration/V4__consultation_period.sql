-- When a prospectus went out for consultation and when its consultation closes, as entered by the
-- person who sent it out (before, only the day the button was pressed was known).
ALTER TABLE prospectus ADD COLUMN consultation_opened DATE;
ALTER TABLE prospectus ADD COLUMN consultation_closes DATE;

-- A prospectus consulted on before this change opened on the day it was sent out; its close is unknown.
UPDATE prospectus SET consultation_opened = (
    SELECT CAST(MAX(c.changed_at) AS DATE) FROM prospectus_status_change c
    WHERE c.prospectus_id = prospectus.id AND c.to_status = 'CONSULTATION')
WHERE status <> 'DRAFT';
