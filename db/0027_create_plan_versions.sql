-- Issue 14: each plan's own change counter, so the grid and summary kept in memory (Features/Grid/ReadCache) are rebuilt
-- only when something they show changes. Before this the cache's version was the audit log's highest id, so a save in
-- another plan, a sign-in or an API token's "last used" row emptied every plan's cache.
--
-- Triggers bump the counter inside the writing statement's own transaction, on every table the grid and summary read
-- (Features/Grid/PlanSnapshot.cs): so every write path — the endpoints, imports, the undo of a delete, demo seeding —
-- is covered without each remembering to. A change to a scale, a person's name or an inspection bumps every plan that
-- shows it; a link from any plan to an inspection's recommendation bumps every plan answering that inspection (the
-- summary counts how many items of any plan answer each one). Users, sessions, tokens, imports' bookkeeping, deletions
-- and the audit log bump nothing.
--
-- A rowid table like every other (the undo of a delete reads tables in rowid order), with no foreign key to plans, so
-- the snapshot a delete takes never walks into it; a plan's row goes when the plan does, and the guard "FROM plans
-- WHERE id IN (...)" keeps cascaded deletes from bringing it back. Plan ids are never reused (AUTOINCREMENT), so a
-- version names one state of one plan.
CREATE TABLE plan_versions (
    plan_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans;

CREATE TRIGGER plan_versions_after_insert_plans AFTER INSERT ON plans
BEGIN
    INSERT INTO plan_versions (plan_id, version) VALUES (NEW.id, 1)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_plans AFTER UPDATE ON plans
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.id UNION SELECT NEW.id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_plans AFTER DELETE ON plans
BEGIN
    DELETE FROM plan_versions WHERE plan_id = OLD.id;
END;

CREATE TRIGGER plan_versions_after_insert_reviews AFTER INSERT ON reviews
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_reviews AFTER UPDATE ON reviews
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_reviews AFTER DELETE ON reviews
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_priorities AFTER INSERT ON priorities
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_priorities AFTER UPDATE ON priorities
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_priorities AFTER DELETE ON priorities
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_recommendations AFTER INSERT ON recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_recommendations AFTER UPDATE ON recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_recommendations AFTER DELETE ON recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_actions AFTER INSERT ON actions
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_actions AFTER UPDATE ON actions
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_actions AFTER DELETE ON actions
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_success_measures AFTER INSERT ON success_measures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_success_measures AFTER UPDATE ON success_measures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_success_measures AFTER DELETE ON success_measures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_item_updates AFTER INSERT ON item_updates
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_item_updates AFTER UPDATE ON item_updates
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_item_updates AFTER DELETE ON item_updates
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_printed_figures AFTER INSERT ON printed_figures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_printed_figures AFTER UPDATE ON printed_figures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id UNION SELECT NEW.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_printed_figures AFTER DELETE ON printed_figures
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT OLD.plan_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_recommendation_addressees AFTER INSERT ON recommendation_addressees
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = NEW.recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_recommendation_addressees AFTER UPDATE ON recommendation_addressees
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = OLD.recommendation_id UNION SELECT plan_id FROM recommendations WHERE id = NEW.recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_recommendation_addressees AFTER DELETE ON recommendation_addressees
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = OLD.recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_item_people AFTER INSERT ON item_people
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = NEW.recommendation_id UNION ALL SELECT plan_id FROM actions WHERE id = NEW.action_id UNION ALL SELECT plan_id FROM success_measures WHERE id = NEW.measure_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_item_people AFTER UPDATE ON item_people
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = OLD.recommendation_id UNION ALL SELECT plan_id FROM actions WHERE id = OLD.action_id UNION ALL SELECT plan_id FROM success_measures WHERE id = OLD.measure_id UNION SELECT plan_id FROM recommendations WHERE id = NEW.recommendation_id UNION ALL SELECT plan_id FROM actions WHERE id = NEW.action_id UNION ALL SELECT plan_id FROM success_measures WHERE id = NEW.measure_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_item_people AFTER DELETE ON item_people
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM recommendations WHERE id = OLD.recommendation_id UNION ALL SELECT plan_id FROM actions WHERE id = OLD.action_id UNION ALL SELECT plan_id FROM success_measures WHERE id = OLD.measure_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_scores AFTER INSERT ON scores
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = NEW.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_scores AFTER UPDATE ON scores
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = OLD.review_id UNION SELECT plan_id FROM reviews WHERE id = NEW.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_scores AFTER DELETE ON scores
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = OLD.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_reported_averages AFTER INSERT ON reported_averages
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = NEW.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_reported_averages AFTER UPDATE ON reported_averages
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = OLD.review_id UNION SELECT plan_id FROM reviews WHERE id = NEW.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_reported_averages AFTER DELETE ON reported_averages
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT plan_id FROM reviews WHERE id = OLD.review_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_scale_levels AFTER INSERT ON scale_levels
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE scale_id = NEW.scale_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_scale_levels AFTER UPDATE ON scale_levels
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE scale_id = OLD.scale_id UNION SELECT id FROM plans WHERE scale_id = NEW.scale_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_scale_levels AFTER DELETE ON scale_levels
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE scale_id = OLD.scale_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_inspection_recommendations AFTER INSERT ON inspection_recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE inspection_id = NEW.inspection_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_inspection_recommendations AFTER UPDATE ON inspection_recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE inspection_id = OLD.inspection_id UNION SELECT id FROM plans WHERE inspection_id = NEW.inspection_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_inspection_recommendations AFTER DELETE ON inspection_recommendations
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE inspection_id = OLD.inspection_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_insert_inspection_recommendation_links AFTER INSERT ON inspection_recommendation_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT p.id FROM inspection_recommendations ir JOIN plans p ON p.inspection_id = ir.inspection_id WHERE ir.id = NEW.inspection_recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_inspection_recommendation_links AFTER UPDATE ON inspection_recommendation_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT p.id FROM inspection_recommendations ir JOIN plans p ON p.inspection_id = ir.inspection_id WHERE ir.id = OLD.inspection_recommendation_id UNION SELECT p.id FROM inspection_recommendations ir JOIN plans p ON p.inspection_id = ir.inspection_id WHERE ir.id = NEW.inspection_recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_delete_inspection_recommendation_links AFTER DELETE ON inspection_recommendation_links
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT p.id FROM inspection_recommendations ir JOIN plans p ON p.inspection_id = ir.inspection_id WHERE ir.id = OLD.inspection_recommendation_id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_rating_scales AFTER UPDATE OF name, higher_is_better ON rating_scales
    WHEN OLD.name IS NOT NEW.name OR OLD.higher_is_better IS NOT NEW.higher_is_better
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE scale_id = NEW.id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_people AFTER UPDATE OF name, job_title ON people
    WHEN OLD.name IS NOT NEW.name OR OLD.job_title IS NOT NEW.job_title
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT ip_plan FROM (SELECT coalesce(r.plan_id, a.plan_id, m.plan_id) AS ip_plan FROM item_people ip LEFT JOIN recommendations r ON r.id = ip.recommendation_id LEFT JOIN actions a ON a.id = ip.action_id LEFT JOIN success_measures m ON m.id = ip.measure_id WHERE ip.person_id = NEW.id))
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER plan_versions_after_update_inspections AFTER UPDATE ON inspections
BEGIN
    INSERT INTO plan_versions (plan_id, version) SELECT id, 1 FROM plans WHERE id IN (SELECT id FROM plans WHERE inspection_id = NEW.id)
        ON CONFLICT (plan_id) DO UPDATE SET version = version + 1;
END;

