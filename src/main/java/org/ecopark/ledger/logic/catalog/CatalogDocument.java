package org.ecopark.ledger.logic.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalog file as written (see {@code plans/sd-311-2023.json}): one plan, the province, clusters,
 * parks, indicators and targets. Fields are read as text where the program wants to name a wrong value
 * itself (units, kinds, comparators, scopes) rather than let the JSON reader fail on it.
 */
record CatalogDocument(String code, Integer catalogVersion, String name, String shortName, String document,
                       LocalDate issuedOn, LocalDate start, LocalDate end, ProvinceEntry province,
                       List<ClusterEntry> clusters, List<ParkEntry> parks, List<IndicatorEntry> indicators,
                       List<TargetEntry> targets) {

    record ProvinceEntry(String code, String name) {
    }

    record ClusterEntry(String code, String name, String city) {
    }

    record ParkEntry(String code, String name, String shortName, String city, String district, String cluster,
                     String segment) {
    }

    record IndicatorEntry(String code, String name, String computation, JsonNode params, String unit,
                          String description) {
    }

    record BaselineEntry(BigDecimal value, LocalDate date) {
    }

    record TargetEntry(String code, String scope, String scopeCode, String clause, String sentence, String title,
                       String kind, String comparator, BigDecimal value, String unit, LocalDate deadline,
                       String indicator, BaselineEntry baseline, String note) {
    }
}
