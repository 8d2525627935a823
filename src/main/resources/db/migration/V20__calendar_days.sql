-- The official calendar (国务院办公厅 节假日安排) as data: public holidays and make-up workdays, seeded with 2025 and
-- 2026 from the shared holidays.md; an administrator adds each next year when the State Council publishes it.
CREATE TABLE calendar_day (
    day      date        PRIMARY KEY,
    kind     text        NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name     text        NOT NULL,
    set_by   text        NOT NULL DEFAULT 'system',
    set_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO calendar_day (day, kind, name)
SELECT d::date, 'HOLIDAY', h.name
FROM (VALUES ('元旦', DATE '2025-01-01', DATE '2025-01-01'),
             ('春节', DATE '2025-01-28', DATE '2025-02-04'),
             ('清明节', DATE '2025-04-04', DATE '2025-04-06'),
             ('劳动节', DATE '2025-05-01', DATE '2025-05-05'),
             ('端午节', DATE '2025-05-31', DATE '2025-06-02'),
             ('国庆节、中秋节', DATE '2025-10-01', DATE '2025-10-08'),
             ('元旦', DATE '2026-01-01', DATE '2026-01-03'),
             ('春节', DATE '2026-02-15', DATE '2026-02-23'),
             ('清明节', DATE '2026-04-04', DATE '2026-04-06'),
             ('劳动节', DATE '2026-05-01', DATE '2026-05-05'),
             ('端午节', DATE '2026-06-19', DATE '2026-06-21'),
             ('中秋节', DATE '2026-09-25', DATE '2026-09-27'),
             ('国庆节', DATE '2026-10-01', DATE '2026-10-07')) AS h(name, first_day, last_day)
     CROSS JOIN LATERAL generate_series(h.first_day, h.last_day, interval '1 day') AS d;

INSERT INTO calendar_day (day, kind, name) VALUES
    ('2025-01-26', 'WORKDAY', '春节调休上班'), ('2025-02-08', 'WORKDAY', '春节调休上班'),
    ('2025-04-27', 'WORKDAY', '劳动节调休上班'),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节调休上班'), ('2025-10-11', 'WORKDAY', '国庆节、中秋节调休上班'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 'WORKDAY', '春节调休上班'), ('2026-02-28', 'WORKDAY', '春节调休上班'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班'), ('2026-10-10', 'WORKDAY', '国庆节调休上班');
