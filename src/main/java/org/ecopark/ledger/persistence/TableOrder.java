package org.ecopark.ledger.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecopark.ledger.persistence.jooq.Public;
import org.jooq.ForeignKey;
import org.jooq.Table;

/**
 * The ledger's tables as the generated schema knows them, every table after the tables its foreign keys point to: the
 * order rows can be inserted in (and, reversed, deleted in). A table a later migration adds is in it by itself.
 */
final class TableOrder {

    private TableOrder() {
    }

    /** Every table of the schema, parents before children; a table's reference to itself is left to row order. */
    static List<Table<?>> parentsFirst() {
        List<Table<?>> all = new ArrayList<>(Public.PUBLIC.getTables());
        all.sort(Comparator.comparing(Table::getName));
        Set<Table<?>> ordered = new LinkedHashSet<>();
        Set<Table<?>> visiting = new LinkedHashSet<>();
        all.forEach(table -> visit(table, ordered, visiting));
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                visit(parent, ordered, visiting);
            }
        }
        ordered.add(table);
    }
}
