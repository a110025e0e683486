-- For UpgradeTest only (never on the class path of a real run): a migration that fails every time.
CREATE TABLE test_upgrade_note (id INT);
INSERT INTO no_such_table VALUES (1);
