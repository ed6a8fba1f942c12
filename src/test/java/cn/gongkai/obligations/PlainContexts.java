package cn.gongkai.obligations;

import java.io.IOException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import cn.gongkai.GongkaiApplication;

/**
 * The whole platform started by a test itself (to restart it on the same database, or to see it
 * fail), with the test profile. As in {@code @SpringBootTest}, test configurations found on the
 * class path are not scanned; the test passes its own as sources.
 */
final class PlainContexts {

    private PlainContexts() {
    }

    static SpringApplicationBuilder platform(Class<?>... testSources) {
        Class<?>[] sources = new Class<?>[testSources.length + 1];
        sources[0] = GongkaiApplication.class;
        System.arraycopy(testSources, 0, sources, 1, testSources.length);
        return new SpringApplicationBuilder(sources).profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("excludeTestConfigurations",
                        new ExcludeTestConfigurations()));
    }

    /** Leaves {@code @TestConfiguration} classes out of component scanning. */
    static final class ExcludeTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestConfigurations;
        }

        @Override
        public int hashCode() {
            return ExcludeTestConfigurations.class.hashCode();
        }
    }
}
