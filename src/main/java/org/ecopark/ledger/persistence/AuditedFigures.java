package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.AUDIT_FIGURES;
import static org.ecopark.ledger.persistence.jooq.Tables.AUDIT_LOG;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The figures an import wrote, audited under the import's one audit entry ({@code audit_figures}, V1.8): per period,
 * each figure's row id, enterprise, metric, old value and source (none for a new figure) and new value and source,
 * packed and deflated. Writing tens of thousands of figures so costs a few rows instead of an audit entry each, and
 * {@link #history} gives back, for any of those rows, the entry that logging it alone would have written: same id as
 * the import's entry, same time and author, and the old and new values as {@link AuditJson} writes them.
 */
public final class AuditedFigures {

    /** A written figure: {@code old} null for a new one, else the same row (id, enterprise, metric, period) before. */
    public record Figure(PeriodStat old, PeriodStat now) {

        public Figure {
            if (old != null && (old.id() != now.id() || old.enterpriseId() != now.enterpriseId()
                    || !old.metricCode().equals(now.metricCode()) || !old.period().equals(now.period()))) {
                throw new IllegalArgumentException("Not the same figure: " + old + " and " + now);
            }
        }
    }

    /** Figures per stored part: a part stays far below the size H2 keeps inline. */
    static final int PART = 10_000;
    private static final int FORMAT = 1;

    private final DSLContext dsl;

    public AuditedFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the figures under the audit entry {@code auditId}, one row per period and part. */
    public void write(long auditId, List<Figure> figures) {
        Map<StatPeriod, List<Figure>> byPeriod = new LinkedHashMap<>();
        figures.forEach(figure -> byPeriod.computeIfAbsent(figure.now().period(), p -> new ArrayList<>()).add(figure));
        var insert = dsl.insertInto(AUDIT_FIGURES, AUDIT_FIGURES.AUDIT_ID, AUDIT_FIGURES.PERIOD_TYPE,
                AUDIT_FIGURES.PERIOD_START, AUDIT_FIGURES.PART, AUDIT_FIGURES.FIGURE_COUNT, AUDIT_FIGURES.FIGURES);
        boolean any = false;
        for (Map.Entry<StatPeriod, List<Figure>> entry : byPeriod.entrySet()) {
            List<Figure> all = entry.getValue();
            for (int from = 0, part = 0; from < all.size(); from += PART, part++) {
                List<Figure> chunk = all.subList(from, Math.min(all.size(), from + PART));
                insert = insert.values(auditId, entry.getKey().type().name(), entry.getKey().start(), part, chunk.size(),
                        pack(chunk));
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /** The figures stored under an audit entry, in the order written. */
    public List<Figure> figures(long auditId) {
        List<Figure> figures = new ArrayList<>();
        dsl.selectFrom(AUDIT_FIGURES).where(AUDIT_FIGURES.AUDIT_ID.eq(auditId))
                .orderBy(AUDIT_FIGURES.PERIOD_START, AUDIT_FIGURES.PERIOD_TYPE, AUDIT_FIGURES.PART)
                .forEach(r -> figures.addAll(unpack(period(r), r.getFigures())));
        return figures;
    }

    /**
     * The entries of these rows of the period, as one entry per figure would have logged them (table {@code table},
     * record key the row's id), oldest first.
     */
    public List<AuditEntry> history(String table, StatPeriod period, Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<AuditEntry> entries = new ArrayList<>();
        if (wanted.isEmpty()) {
            return entries;
        }
        for (Record r : dsl.select(AUDIT_LOG.ID, AUDIT_LOG.CHANGED_AT, AUDIT_LOG.CHANGED_BY, AUDIT_FIGURES.FIGURES)
                .from(AUDIT_FIGURES).join(AUDIT_LOG).on(AUDIT_LOG.ID.eq(AUDIT_FIGURES.AUDIT_ID))
                .where(AUDIT_FIGURES.PERIOD_START.eq(period.start()))
                .and(AUDIT_FIGURES.PERIOD_TYPE.eq(period.type().name()))
                .orderBy(AUDIT_LOG.ID, AUDIT_FIGURES.PART).fetch()) {
            for (Figure figure : unpack(period, r.get(AUDIT_FIGURES.FIGURES))) {
                if (wanted.contains(figure.now().id())) {
                    entries.add(new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.CHANGED_AT).toInstant(),
                            r.get(AUDIT_LOG.CHANGED_BY), table, String.valueOf(figure.now().id()),
                            figure.old() == null ? AuditAction.INSERT : AuditAction.UPDATE,
                            AuditJson.encode(figure.old()), AuditJson.encode(figure.now())));
                }
            }
        }
        return entries;
    }

    private static StatPeriod period(Record r) {
        return new StatPeriod(PeriodType.valueOf(r.get(AUDIT_FIGURES.PERIOD_TYPE)), r.get(AUDIT_FIGURES.PERIOD_START));
    }

    static byte[] pack(List<Figure> figures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeByte(FORMAT);
            out.writeInt(figures.size());
            for (Figure figure : figures) {
                PeriodStat now = figure.now();
                out.writeLong(now.id());
                out.writeLong(now.enterpriseId());
                out.writeUTF(now.metricCode());
                out.writeBoolean(figure.old() != null);
                if (figure.old() != null) {
                    out.writeUTF(figure.old().value().toString());
                    out.writeUTF(figure.old().source());
                }
                out.writeUTF(now.value().toString());
                out.writeUTF(now.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack figures in memory", e);
        }
        return bytes.toByteArray();
    }

    static List<Figure> unpack(StatPeriod period, byte[] packed) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalStateException("Audited figures of an unknown format");
            }
            int count = in.readInt();
            List<Figure> figures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long id = in.readLong();
                long enterprise = in.readLong();
                String metric = in.readUTF();
                PeriodStat old = null;
                if (in.readBoolean()) {
                    old = new PeriodStat(id, enterprise, metric, period, new BigDecimal(in.readUTF()), in.readUTF());
                }
                figures.add(new Figure(old, new PeriodStat(id, enterprise, metric, period, new BigDecimal(in.readUTF()),
                        in.readUTF())));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException("Audited figures that cannot be read", e);
        }
    }
}
