package com.maritimealphaflow.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of a module that has test-support on its test classpath at
 * {@link TestDatabase#shared()}: {@code spring.datasource.url}, {@code username} and {@code password} come first among
 * the property sources. The database is created only when something reads them, so a web slice test that never builds
 * a data source never creates one; but the server is located at once, so a run with no test database fails loudly
 * here instead of quietly falling through to application.yml's URL (a developer's real database). Registered in
 * {@code META-INF/spring.factories}.
 */
public final class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase.requireServer();
            context.getEnvironment().getPropertySources().addFirst(new DataSourceProperties());
        }

        // Every test context gets the same customization: they may share a cached context.
        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    private static final class DataSourceProperties extends PropertySource<String> {

        DataSourceProperties() {
            super("alphaflowTestDatabase", "");
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> TestDatabase.shared().jdbcUrl();
                case "spring.datasource.username" -> TestDatabase.shared().username();
                case "spring.datasource.password" -> TestDatabase.shared().password();
                default -> null;
            };
        }
    }
}
