package com.maritimealphaflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment as written in a repository: {@code docker-compose.yml}, {@code .env.example}, the Dockerfile the
 * services are built from, the JVM options it copies, and each service module's {@code application.yml}.
 * {@link #problems()} lists every way they disagree, one readable line each, so that a port, a health check, an
 * environment variable or the memory budget cannot drift unnoticed.
 */
final class ComposeDeployment {

    static final String DATABASE = "postgres";
    static final String APPLICATION_YML = "src/main/resources/application.yml";

    /**
     * Variables read without a placeholder in application.yml: by Spring, by the JVM, or by deploy/start-service.sh.
     */
    private static final Set<String> PLATFORM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "SERVER_PORT");

    private static final String PLATFORM_PREFIX = "SPRING_DATASOURCE_";
    /** Spring's {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** Compose's {@code ${NAME}} or {@code ${NAME:-default}}; {@code $$} escapes a dollar sign. */
    private static final Pattern COMPOSE_PLACEHOLDER =
            Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)(?::-([^}]*)|[:?+-][^}]*)?}");

    private static final Pattern SERVER_PORT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}|(\\d+)");
    private static final Pattern HEALTH_URL =
            Pattern.compile("(?:localhost|127\\.0\\.0\\.1):(?:\\$\\{SERVER_PORT:-)?(\\d+)}?/actuator/health");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("^([A-Z][A-Z0-9_]*)=");

    private final Path root;
    private final String composeText;
    private final Map<String, Object> compose;
    private final List<String> problems = new ArrayList<>();
    private ServiceImages images;
    private MemoryBudget budget;

    private ComposeDeployment(Path root) {
        this.root = root;
        this.composeText = read(root.resolve("docker-compose.yml"));
        this.compose = map(new Yaml().load(composeText));
    }

    /** Reads the deployment of the repository at {@code root}. */
    static ComposeDeployment of(Path root) {
        return new ComposeDeployment(root);
    }

    /** Every disagreement found, empty when the deployment is in step with the services. */
    List<String> problems() {
        problems.clear();
        images = new ServiceImages(root, problems);
        budget = new MemoryBudget(problems);
        Map<String, Object> services = map(compose.get("services"));
        if (services.isEmpty()) {
            problems.add("docker-compose.yml has no services");
            return List.copyOf(problems);
        }
        checkDatabase(map(services.get(DATABASE)));
        Set<String> builtModules = new TreeSet<>();
        services.forEach((name, service) -> {
            if (!name.equals(DATABASE)) {
                String module = checkService(name, map(service));
                if (module != null) {
                    builtModules.add(module);
                }
            }
        });
        for (String module : serviceModules()) {
            if (!builtModules.contains(module)) {
                problems.add(module + " is a service module (" + APPLICATION_YML
                        + ") but no service in docker-compose.yml builds it");
            }
        }
        budget.finish();
        checkEnvExample(services);
        return List.copyOf(problems);
    }

    private void checkDatabase(Map<String, Object> postgres) {
        if (postgres.isEmpty()) {
            problems.add("docker-compose.yml has no '" + DATABASE + "' service");
            return;
        }
        // The image may be a variable, as long as its default is the official image
        String image = String.valueOf(postgres.get("image")).replaceFirst("^\\$\\{[A-Z_]+:-(.*)}$", "$1");
        if (!image.startsWith("postgres:")) {
            problems.add(DATABASE + ": image should be postgres:<version>, is " + postgres.get("image"));
        }
        if (!healthTest(postgres).contains("pg_isready")) {
            problems.add(DATABASE + ": healthcheck should run pg_isready");
        }
        Object command = postgres.get("command");
        budget.database(
                DATABASE,
                memoryLimit(DATABASE, postgres),
                command instanceof String text ? List.of(text.split("\\s+")) : list(command));
        boolean namedVolume = list(postgres.get("volumes")).stream()
                .map(String::valueOf)
                .anyMatch(v -> v.endsWith(":/var/lib/postgresql/data")
                        && map(compose.get("volumes")).containsKey(v.substring(0, v.indexOf(':'))));
        if (!namedVolume) {
            problems.add(DATABASE + ": /var/lib/postgresql/data should be a named volume declared under 'volumes'");
        }
    }

    /** Checks one application service and returns the module it builds, or null if it builds none. */
    private String checkService(String name, Map<String, Object> service) {
        Map<String, Object> build = map(service.get("build"));
        if (build.isEmpty()) {
            problems.add(name + ": should be built from the repository (build: context, dockerfile, args SERVICE)");
            return null;
        }
        Path context =
                root.resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
        if (!Files.isDirectory(context)) {
            problems.add(name + ": build context " + build.get("context") + " does not exist");
            return null;
        }
        Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")))
                .normalize();
        if (!Files.isRegularFile(dockerfile)) {
            problems.add(name + ": dockerfile " + root.relativize(dockerfile) + " does not exist");
            return null;
        }
        Map<String, String> arguments = buildArguments(build);
        String module = arguments.get("SERVICE");
        if (module == null || module.isBlank()) {
            problems.add(name + ": build args should name the service's module in SERVICE");
            return null;
        }
        Path applicationYml = context.resolve(module).resolve(APPLICATION_YML);
        if (!Files.isRegularFile(context.resolve(module).resolve("pom.xml")) || !Files.isRegularFile(applicationYml)) {
            problems.add(name + ": build arg SERVICE=" + module + " is not a service module (pom.xml and "
                    + APPLICATION_YML + ")");
            return null;
        }
        String yml = read(applicationYml);
        String where = module + "/" + APPLICATION_YML;
        Integer port = serverPort(yml);
        if (port == null) {
            problems.add(name + ": " + where + " has no server.port default like ${SERVER_PORT:8080}");
        } else {
            checkPorts(name, service, port, where);
        }
        ServiceImages.JvmOptions jvmOptions = images.check(name, context, dockerfile, arguments, port, where);
        checkEnvironment(name, environment(service), yml, where);
        budget.service(
                name,
                memoryLimit(name, service),
                jvmOptions.text(),
                jvmOptions.files(),
                MemoryBudget.poolSize(map(new Yaml().load(yml))));
        if (!"unless-stopped".equals(service.get("restart"))) {
            problems.add(name + ": restart should be unless-stopped");
        }
        Map<String, Object> dependsOn = map(map(service.get("depends_on")).get(DATABASE));
        if (!"service_healthy".equals(dependsOn.get("condition"))) {
            problems.add(name + ": should depend on " + DATABASE + " with condition service_healthy");
        }
        return module;
    }

    private void checkPorts(String name, Map<String, Object> service, int port, String where) {
        List<Integer> containerPorts = new ArrayList<>();
        for (Object mapping : list(service.get("ports"))) {
            String text = mapping instanceof Map<?, ?> longSyntax
                    ? longSyntax.get("target") + "/" + Objects.toString(longSyntax.get("protocol"), "tcp")
                    : String.valueOf(mapping);
            String target = text.substring(text.lastIndexOf(':') + 1);
            if (target.matches("\\d+(/tcp)?")) {
                containerPorts.add(Integer.valueOf(target.replace("/tcp", "")));
            } else if (!target.endsWith("/udp")) {
                problems.add(name + ": port mapping " + text + " should name its container port as a number");
            }
        }
        if (!containerPorts.equals(List.of(port))) {
            problems.add(name + ": container port " + containerPorts + " should be [" + port + "], the server.port in "
                    + where);
        }
        Matcher health = HEALTH_URL.matcher(healthTest(service));
        if (!health.find()) {
            problems.add(name + ": healthcheck should request http://localhost:" + port + "/actuator/health");
        } else if (Integer.parseInt(health.group(1)) != port) {
            problems.add(name + ": healthcheck requests port " + health.group(1) + ", the service listens on " + port);
        }
    }

    private void checkEnvironment(String name, Map<String, String> environment, String yml, String where) {
        Map<String, String> ymlDefaults = placeholders(SPRING_PLACEHOLDER, yml);
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String key = variable.getKey();
            if (platformVariable(key)) {
                continue;
            }
            if (!ymlDefaults.containsKey(key)) {
                problems.add(name + ": sets " + key + " but " + where + " has no ${" + key + "} placeholder");
                continue;
            }
            Matcher value = COMPOSE_PLACEHOLDER.matcher(variable.getValue());
            if (value.matches() && value.group(1).equals(key)) {
                String composeDefault = Objects.toString(value.group(2), "");
                String ymlDefault = ymlDefaults.get(key);
                if (ymlDefault != null && !ymlDefault.equals(composeDefault)) {
                    problems.add(name + ": " + key + " defaults to '" + composeDefault + "' here but to '" + ymlDefault
                            + "' in " + where);
                }
            }
        }
        for (String key : ymlDefaults.keySet()) {
            if (!platformVariable(key) && !environment.containsKey(key)) {
                problems.add(name + ": " + where + " reads " + key + " but docker-compose.yml does not pass it");
            }
        }
    }

    /** The service's memory limit, or null after reporting that it has none. */
    private Object memoryLimit(String name, Map<String, Object> service) {
        Object limit = service.containsKey("mem_limit")
                ? service.get("mem_limit")
                : map(map(map(service.get("deploy")).get("resources")).get("limits"))
                        .get("memory");
        if (limit == null) {
            problems.add(name + ": has no memory limit (mem_limit)");
        }
        return limit;
    }

    private void checkEnvExample(Map<String, Object> services) {
        Path file = root.resolve(".env.example");
        if (!Files.isRegularFile(file)) {
            problems.add(".env.example is missing");
            return;
        }
        List<String> lines = read(file).lines().toList();
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher assignment = ENV_ASSIGNMENT.matcher(lines.get(i));
            if (assignment.find()) {
                listed.add(assignment.group(1));
                if (i == 0 || !lines.get(i - 1).startsWith("#")) {
                    problems.add(".env.example: " + assignment.group(1) + " needs a one-line comment above it");
                }
            }
        }
        Set<String> passed =
                new TreeSet<>(placeholders(COMPOSE_PLACEHOLDER, composeText).keySet());
        Set<String> interpolated = new TreeSet<>(passed);
        services.values()
                .forEach(service -> passed.addAll(environment(map(service)).keySet()));
        for (String variable : listed) {
            if (!passed.contains(variable)) {
                problems.add(".env.example lists " + variable + " but no service in docker-compose.yml uses it");
            }
        }
        for (String variable : interpolated) {
            if (!listed.contains(variable)) {
                problems.add("docker-compose.yml reads ${" + variable + "} but .env.example does not list it");
            }
        }
    }

    /** Module directories that hold a service: a pom.xml beside src/main/resources/application.yml. */
    private Set<String> serviceModules() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))
                            && Files.isRegularFile(dir.resolve(APPLICATION_YML)))
                    .map(dir -> dir.getFileName().toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean platformVariable(String key) {
        return key.startsWith(PLATFORM_PREFIX) || PLATFORM_VARIABLES.contains(key);
    }

    private static Integer serverPort(String yml) {
        Object port = map(map(new Yaml().load(yml)).get("server")).get("port");
        Matcher m = port == null ? null : SERVER_PORT.matcher(String.valueOf(port));
        if (m == null || !m.matches()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The placeholders in {@code text}: each name to its default (null if it has none). */
    private static Map<String, String> placeholders(Pattern placeholder, String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = placeholder.matcher(text);
        while (m.find()) {
            found.putIfAbsent(m.group(1), m.group(2));
        }
        return found;
    }

    private static String healthTest(Map<String, Object> service) {
        Object test = map(service.get("healthcheck")).get("test");
        return test instanceof Collection<?> parts
                ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : Objects.toString(test, "");
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        return namedValues(service.get("environment"));
    }

    private static Map<String, String> buildArguments(Map<String, Object> build) {
        return namedValues(build.get("args"));
    }

    /** Compose's two forms of environment and build arguments: a map, or a list of NAME=value. */
    private static Map<String, String> namedValues(Object declared) {
        Map<String, String> values = new LinkedHashMap<>();
        if (declared instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> values.put(String.valueOf(k), Objects.toString(v, "")));
        } else {
            for (Object entry : list(declared)) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                values.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
