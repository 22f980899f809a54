package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The units the plans write their targets in. Targets keep the plan's own unit (60 亿元, not 6 000 000 万元);
 * indicators compute in the base unit of a dimension (万元 for money, 吨 for mass), and {@link #convert}
 * brings one to the other. Counts (家, 项, 人, 个, 套, 次) share one dimension with factor 1: a count is
 * a count, and a milestone counted in 项 may be set out in 个.
 */
public enum Unit {
    YI_YUAN("亿元", Dimension.MONEY, new BigDecimal("10000")),
    WAN_YUAN("万元", Dimension.MONEY, BigDecimal.ONE),
    WAN_TONNE("万吨", Dimension.MASS, new BigDecimal("10000")),
    TONNE("吨", Dimension.MASS, BigDecimal.ONE),
    WAN_TONNE_PER_DAY("万吨/日", Dimension.DAILY_CAPACITY, BigDecimal.ONE),
    ENTERPRISES("家", Dimension.COUNT, BigDecimal.ONE),
    ITEMS("项", Dimension.COUNT, BigDecimal.ONE),
    PERSONS("人", Dimension.COUNT, BigDecimal.ONE),
    PIECES("个", Dimension.COUNT, BigDecimal.ONE),
    SETS("套", Dimension.COUNT, BigDecimal.ONE),
    TIMES("次", Dimension.COUNT, BigDecimal.ONE),
    PERCENT("%", Dimension.PERCENT, BigDecimal.ONE);

    /** What a unit measures; only units of one dimension convert into each other. */
    public enum Dimension {
        MONEY,
        MASS,
        DAILY_CAPACITY,
        COUNT,
        PERCENT
    }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal factor;

    Unit(String symbol, Dimension dimension, BigDecimal factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
    }

    /** The unit as the plan writes it, e.g. {@code 亿元}. */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many base units of the dimension one of this unit is (亿元 = 10000 万元). */
    public BigDecimal factor() {
        return factor;
    }

    public boolean convertsTo(Unit other) {
        return dimension == other.dimension;
    }

    /** The unit written as {@code symbol}, or empty when the symbol is none of the allowed units. */
    public static Optional<Unit> find(String symbol) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** The unit written as {@code symbol}; throws for a symbol that is none of the allowed units. */
    public static Unit fromSymbol(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + symbol));
    }

    /** {@code value} in this unit expressed in {@code to}: 60 亿元 converts to 600000 万元. */
    public BigDecimal convert(BigDecimal value, Unit to) {
        if (!convertsTo(to)) {
            throw new IllegalArgumentException("Cannot convert " + symbol + " to " + to.symbol);
        }
        if (this == to || factor.equals(to.factor)) {
            return value;
        }
        BigDecimal base = value.multiply(factor);
        return Decimals.plain(base.divide(to.factor, Math.max(base.scale(), 0) + 8, java.math.RoundingMode.HALF_UP));
    }
}
