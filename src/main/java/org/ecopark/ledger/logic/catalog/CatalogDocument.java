package org.ecopark.ledger.logic.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalog file as written (see {@code plans/sd-311-2023.json}): one plan, the province, clusters,
 * parks, indicators and targets. Fields are read as text where the program wants to name a wrong value
 * itself (units, kinds, comparators, scopes) rather than let the JSON reader fail on it. The English titles
 * ({@code nameEn}, {@code shortNameEn}, {@code titleEn}) are optional: a catalog written before them still reads.
 */
record CatalogDocument(String code, Integer catalogVersion, String name, String shortName, String document,
                       LocalDate issuedOn, LocalDate start, LocalDate end, ProvinceEntry province,
                       List<ClusterEntry> clusters, List<ParkEntry> parks, List<IndicatorEntry> indicators,
                       List<TargetEntry> targets, String nameEn, String shortNameEn) {

    record ProvinceEntry(String code, String name, String nameEn) {
    }

    record ClusterEntry(String code, String name, String city, String nameEn) {
    }

    record ParkEntry(String code, String name, String shortName, String city, String district, String cluster,
                     String segment, String nameEn, String shortNameEn) {
    }

    record IndicatorEntry(String code, String name, String computation, JsonNode params, String unit,
                          String description, String nameEn) {
    }

    record BaselineEntry(BigDecimal value, LocalDate date) {
    }

    record TargetEntry(String code, String scope, String scopeCode, String clause, String sentence, String title,
                       String kind, String comparator, BigDecimal value, String unit, LocalDate deadline,
                       String indicator, BaselineEntry baseline, String note, String titleEn) {
    }
}
