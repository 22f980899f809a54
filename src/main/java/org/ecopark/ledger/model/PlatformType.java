package org.ecopark.ledger.model;

/**
 * The kind of an innovation platform, as innovation_platform.platform_type stores it: 重点实验室,
 * 工程技术研究中心, 企业技术中心, "一企一技术"研发中心, 制造业创新中心, 工业设计中心, other.
 */
public enum PlatformType {
    KEY_LAB,
    ENGINEERING_CENTER,
    ENTERPRISE_TECH_CENTER,
    ONE_ENTERPRISE_ONE_TECH,
    MANUFACTURING_INNOVATION_CENTER,
    INDUSTRIAL_DESIGN_CENTER,
    OTHER;

    /** Whether a platform of this kind is by definition an enterprise's own (so it names one). */
    public boolean belongsToEnterprise() {
        return this == ENTERPRISE_TECH_CENTER || this == ONE_ENTERPRISE_ONE_TECH;
    }
}
