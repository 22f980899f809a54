package org.ecopark.ledger.model;

/** The part of the eco-environmental industry an enterprise works in (环保制造 / 环境服务 / 资源综合利用). */
public enum EnterpriseSegment {
    MANUFACTURING,
    SERVICE,
    RESOURCE,
    OTHER
}
