package cn.gongkai.organization;

/**
 * The organ's openness office (政府信息公开工作机构) as its guide states it (Regulations art. 12):
 * name, office address, hours, phone, fax, postal address for paper applications and the
 * internet channel.
 */
public record OpennessOffice(long organId, String officeName, String address, String hours, String phone,
        String fax, String postalAddress, String postcode, String internet) {
}
