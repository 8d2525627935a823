package cn.dangjian.responsibility;

import java.util.List;

/** A year's assessment indicators as a 机关工委 or 机关党委 chose them from the catalogue, in catalogue order. */
public record AssessmentView(long id, long issuerOrgId, String issuerName, int year, List<Indicator> indicators,
                             String definedBy, int version) {

    public boolean chose(Indicator indicator) {
        return indicators.contains(indicator);
    }
}
