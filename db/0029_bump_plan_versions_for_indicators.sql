-- Issue 15: every write to the scorecard's tables bumps its plan's version (as db/0027 does for the grid's tables),
-- so the grid, summary and scorecard kept in memory are rebuilt when an indicator, target, comparator or value changes.

CREATE TRIGGER plan_versions_after_insert_indicators AFTER INSERT ON indicators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicators AFTER UPDATE ON indicators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicators AFTER DELETE ON indicators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_owners AFTER INSERT ON indicator_owners
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_owners AFTER UPDATE ON indicator_owners
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id UNION SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_owners AFTER DELETE ON indicator_owners
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_links AFTER INSERT ON indicator_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_links AFTER UPDATE ON indicator_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id UNION SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_links AFTER DELETE ON indicator_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_years AFTER INSERT ON indicator_years
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_years AFTER UPDATE ON indicator_years
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id UNION SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_years AFTER DELETE ON indicator_years
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_comparators AFTER INSERT ON indicator_comparators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_comparators AFTER UPDATE ON indicator_comparators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id UNION SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_comparators AFTER DELETE ON indicator_comparators
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_values AFTER INSERT ON indicator_values
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_values AFTER UPDATE ON indicator_values
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id UNION SELECT plan_id FROM indicators WHERE id = NEW.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_values AFTER DELETE ON indicator_values
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM indicators WHERE id = OLD.indicator_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_indicator_interim_targets AFTER INSERT ON indicator_interim_targets
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT i.plan_id FROM indicator_years y JOIN indicators i ON i.id = y.indicator_id WHERE y.id = NEW.indicator_year_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_indicator_interim_targets AFTER UPDATE ON indicator_interim_targets
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT i.plan_id FROM indicator_years y JOIN indicators i ON i.id = y.indicator_id WHERE y.id = OLD.indicator_year_id UNION SELECT i.plan_id FROM indicator_years y JOIN indicators i ON i.id = y.indicator_id WHERE y.id = NEW.indicator_year_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_indicator_interim_targets AFTER DELETE ON indicator_interim_targets
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT i.plan_id FROM indicator_years y JOIN indicators i ON i.id = y.indicator_id WHERE y.id = OLD.indicator_year_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;
