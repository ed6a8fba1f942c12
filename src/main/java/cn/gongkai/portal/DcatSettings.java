package cn.gongkai.portal;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the DCAT catalogue ({@code gongkai.portal.dcat.*}).
 *
 * @param licence IRI of the licence under which the lists are open data ({@code dct:license} of
 *        the catalogue, every dataset and distribution); a decision of the publishing organ,
 *        hence configured (default in {@code application.yml})
 */
@ConfigurationProperties("gongkai.portal.dcat")
public record DcatSettings(URI licence) {

    public DcatSettings {
        if (licence == null || !licence.isAbsolute()) {
            throw new IllegalArgumentException("gongkai.portal.dcat.licence must be an absolute IRI, was " + licence);
        }
    }
}
