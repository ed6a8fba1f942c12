package cn.gongkai.organization;

/** Level of a tax organ: 国家税务总局 → 省级 → 市级 → 县级. */
public enum OrganLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY;

    /** The level of an organ placed directly under one of this level. */
    OrganLevel below() {
        return this == COUNTY ? COUNTY : values()[ordinal() + 1];
    }
}
