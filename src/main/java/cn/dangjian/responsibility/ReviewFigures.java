package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a 述职 drafted from the year's records — never typed: organizational life, findings opened and
 * closed, terms, dues, supervised tasks and rectification, and last year's problems — as sections of labelled lines,
 * each with the page where its records are. {@code asOf} is the day they were read (kept with a submitted 述职).
 */
public record ReviewFigures(LocalDate asOf, List<Section> sections) {

    public record Section(String title, List<Line> lines) {
    }

    public record Line(String label, String value, String link) {
    }

    /** A line's value by section and label, for the pages and the tests. */
    public String value(String section, String label) {
        return sections.stream().filter(s -> s.title().equals(section)).flatMap(s -> s.lines().stream())
                .filter(l -> l.label().equals(label)).map(Line::value).findFirst().orElse(null);
    }
}
