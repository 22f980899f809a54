package org.ecopark.ledger.logic.demo.writer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One demo enterprise as designed: what it makes, how big it is and how it grows. Everything else in the
 * demo (staff, patents, monthly figures) is derived from these lines.
 *
 * @param revenue    main business revenue in 万元 for 2023 (for a newcomer: its yearly run rate once producing)
 * @param growth     yearly growth of revenue, e.g. 0.12
 * @param rdShare    R&D spending as a share of output value before the park-wide calibration
 * @param physical   capacity in tonnes (water-treatment chemicals), tonnes utilised a year (RESOURCE) or
 *                   equipment sets a year (products EQUIP / MEMBRANE); 0 when none
 * @param statsFrom  first month with figures (production start for a newcomer)
 * @param staff      full-time R&D staff at 2025-12-31
 * @param patents    patents the enterprise holds in the demo
 * @param employees  employees at 2023-01
 */
record Profile(int no, String name, String shortName, String segment, boolean envRelated, List<String> products,
               double revenue, double growth, double rdShare, int physical, LocalDate settled, LocalDate left,
               YearMonth statsFrom, int staff, int patents, int employees, String uscc) {

    boolean makesChemicals() {
        return segment.equals("MANUFACTURING") && physical > 0 && !makesEquipment();
    }

    boolean makesEquipment() {
        return products.contains("EQUIP") || products.contains("MEMBRANE");
    }

    boolean industrial() {
        return segment.equals("MANUFACTURING") || segment.equals("RESOURCE") || products.contains("PACK");
    }

    YearMonth lastMonth() {
        return left == null ? DemoPark.LAST_MONTH : YearMonth.from(left);
    }

    String product() {
        return DemoPark.PRODUCTS.get(products.get(0));
    }
}
