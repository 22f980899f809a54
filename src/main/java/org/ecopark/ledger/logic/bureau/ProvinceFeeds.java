package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ecopark.ledger.logic.submission.ReportPeriod;

/**
 * Which province-level targets of the 311 plan the parks' packages can feed, and how: the one table of the mapping.
 * A target not in it needs the province's own figures (需省级数据): the plan counts it across the whole province
 * (sewage treatment, finance, programmes the province runs), or the parks do not record it. What the parks feed is
 * their contribution ("本市园区合计"), never the province's figure. The cluster targets of the plan are projects of a
 * city or figures of a whole city ("全市口径"), which no park's records hold: none is fed.
 */
final class ProvinceFeeds {

    private static final String ENV_REVENUE = "ENV_REVENUE";
    /** 1 亿元 in the metric's 万元. */
    private static final BigDecimal YI = BigDecimal.valueOf(10_000);

    /**
     * One park's part of a target: an amount or a count, or a ratio's two sums.
     *
     * @param denominator null for an amount or a count
     */
    record Part(BigDecimal numerator, BigDecimal denominator) {
    }

    /** How one park's package feeds a target; null when the package lacks what it needs. */
    @FunctionalInterface
    interface Feed {
        Part part(PackageFigures park, Window window);
    }

    /**
     * The days a feed reads: the period's end for counts of enterprises, the calendar year ending with the period for
     * yearly amounts (null when the period is not a whole calendar year: a quarter's package lacks the year).
     */
    record Window(LocalDate end, LocalDate yearStart) {

        static Window of(ReportPeriod period) {
            LocalDate start = period.end().withDayOfYear(1);
            boolean wholeYear = period.end().equals(period.end().withDayOfYear(period.end().lengthOfYear()))
                    && !period.start().isAfter(start);
            return new Window(period.end(), wholeYear ? start : null);
        }
    }

    /** A mapped target: whether it is a ratio of sums (in percent), and how a park feeds it. */
    record Mapping(boolean ratio, boolean yearly, Feed feed) {
    }

    private static final Predicate<PackageFigures.Enterprise> ENV_RELATED = PackageFigures.Enterprise::envRelated;

    static final Map<String, Mapping> MAPPINGS = Map.ofEntries(
            // 环保龙头骨干企业: the parks' environmental enterprises holding the title 龙头骨干 (LEADING) at the period's end
            Map.entry("SD-T02", count("LEADING")),
            // 环保营收过1亿元企业: environmental enterprises whose environmental business revenue (ENV_REVENUE) of the
            // year exceeds 1亿元, the computation ENTERPRISES_METRIC_OVER of a park's target
            Map.entry("SD-T03", new Mapping(false, true, ProvinceFeeds::overOneYi)),
            // 环保制造业 / 环境服务业 / 资源综合利用业营业收入: the year's environmental business revenue of the enterprises
            // of that segment, in 亿元 (the revenue of the industry is its environmental business, not all of it)
            Map.entry("SD-T04", revenue("MANUFACTURING")),
            Map.entry("SD-T06", revenue("SERVICE")),
            Map.entry("SD-T08", revenue("RESOURCE")),
            // 龙头骨干企业营业收入占比: the leaders' environmental revenue of the segment over the segment's, a ratio of
            // sums across the parks
            Map.entry("SD-T05", leadersShare("MANUFACTURING")),
            Map.entry("SD-T07", leadersShare("SERVICE")),
            Map.entry("SD-T09", leadersShare("RESOURCE")),
            // 省级“专精特新”中小企业 and 国家级专精特新“小巨人”: environmental enterprises holding the title at the end
            Map.entry("SD-T14", count("PROVINCIAL_SRDI")),
            Map.entry("SD-T15", count("NATIONAL_LITTLE_GIANT")));

    private ProvinceFeeds() {
    }

    static Optional<Mapping> mapping(String targetCode) {
        return Optional.ofNullable(MAPPINGS.get(targetCode));
    }

    /** The statistics the mapped targets read. */
    static Set<String> metrics() {
        return Set.of(ENV_REVENUE);
    }

    private static Mapping count(String title) {
        return new Mapping(false, false, (park, window) -> new Part(BigDecimal.valueOf(
                park.enterprisesHolding(title, window.end(), ENV_RELATED)), null));
    }

    private static Mapping revenue(String segment) {
        return new Mapping(false, true, (park, window) -> {
            BigDecimal sum = park.sum(ENV_REVENUE, window.yearStart(), window.end(), e -> segment.equals(e.segment()));
            return new Part(sum == null ? BigDecimal.ZERO : sum.divide(YI), null);
        });
    }

    private static Mapping leadersShare(String segment) {
        return new Mapping(true, true, (park, window) -> {
            BigDecimal all = park.sum(ENV_REVENUE, window.yearStart(), window.end(), e -> segment.equals(e.segment()));
            BigDecimal leaders = park.sum(ENV_REVENUE, window.yearStart(), window.end(),
                    e -> segment.equals(e.segment()) && e.holdsOn("LEADING", window.end()));
            return new Part(leaders == null ? BigDecimal.ZERO : leaders, all == null ? BigDecimal.ZERO : all);
        });
    }

    private static Part overOneYi(PackageFigures park, Window window) {
        Set<String> envRelated = park.envRelated();
        long over = park.sumsByEnterprise(ENV_REVENUE, window.yearStart(), window.end()).entrySet().stream()
                .filter(e -> e.getValue().compareTo(YI) > 0).filter(e -> envRelated.contains(e.getKey())).count();
        return new Part(BigDecimal.valueOf(over), null);
    }
}
