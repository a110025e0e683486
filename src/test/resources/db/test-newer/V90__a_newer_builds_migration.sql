-- For UpgradeTest only: what a newer build adds, to prove a leftover marker does not undo its work.
CREATE TABLE test_newer_note (id INT PRIMARY KEY, note VARCHAR(100));
