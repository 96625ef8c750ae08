-- The totals of the records written before the totals were kept.
INSERT INTO consent_totals (site_slug, day, method, language, decisions, firsts, preferences,
    statistics, marketing, any_granted)
SELECT site_slug, recorded_at_ms / 86400000, method, language, COUNT(*),
    SUM(CASE WHEN NOT EXISTS (
        SELECT 1 FROM consent_records earlier
        WHERE earlier.site_slug = r.site_slug AND earlier.consent_id = r.consent_id
            AND earlier.sequence < r.sequence) THEN 1 ELSE 0 END),
    SUM(preferences), SUM(statistics), SUM(marketing),
    SUM(CASE WHEN preferences + statistics + marketing > 0 THEN 1 ELSE 0 END)
FROM consent_records r
GROUP BY site_slug, recorded_at_ms / 86400000, method, language;
