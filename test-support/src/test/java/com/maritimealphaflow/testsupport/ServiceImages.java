package com.maritimealphaflow.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The images docker-compose.yml builds: for each service, its Dockerfile with the build arguments compose passes. The
 * checks go to the list given, one readable line each.
 */
final class ServiceImages {

    private final Path root;
    private final List<String> problems;
    private final Set<Path> checkedDockerfiles = new HashSet<>();

    /** The text of the JVM options files an image gets (null if none), and their names. */
    record JvmOptions(String text, String files) {}

    ServiceImages(Path root, List<String> problems) {
        this.root = root;
        this.problems = problems;
    }

    /**
     * Checks the image of one service, whose application.yml ({@code where}) sets {@code port} (null if it sets none),
     * and returns the JVM options files it gets.
     */
    JvmOptions check(
            String name, Path context, Path dockerfile, Map<String, String> arguments, Integer port, String where) {
        String dockerfileName = root.relativize(dockerfile).toString();
        DockerfileRecipe recipe = DockerfileRecipe.parse(ComposeDeployment.read(dockerfile));
        if (checkedDockerfiles.add(dockerfile)) {
            checkEveryImage(dockerfileName, recipe);
        }
        for (String argument : arguments.keySet()) {
            if (!recipe.arguments().contains(argument)) {
                problems.add(
                        name + ": passes build arg " + argument + ", which " + dockerfileName + " does not declare");
            }
        }
        for (String argument : recipe.argumentsWithoutDefault()) {
            if (!arguments.containsKey(argument)) {
                problems.add(name + ": " + dockerfileName + " needs build arg " + argument);
            }
        }
        if (port != null) {
            if (arguments.containsKey("PORT") && !arguments.get("PORT").equals(String.valueOf(port))) {
                problems.add(name + ": build arg PORT is " + arguments.get("PORT") + ", the server.port in " + where
                        + " is " + port);
            }
            boolean exposed = recipe.argumentsOf("EXPOSE").stream()
                    .map(expose -> DockerfileRecipe.substitute(expose, arguments))
                    .anyMatch(expose -> List.of(expose.split("\\s+")).contains(String.valueOf(port)));
            if (!exposed) {
                problems.add(name + ": " + dockerfileName + " should EXPOSE " + port);
            }
        }
        return checkCopiedFiles(name, dockerfileName, context, recipe, arguments);
    }

    /** What every image built from this Dockerfile must do, whichever service it holds. */
    private void checkEveryImage(String dockerfileName, DockerfileRecipe recipe) {
        OptionalInt uid = recipe.finalUserId();
        if (uid.isEmpty()) {
            problems.add(dockerfileName + ": its image runs as USER " + recipe.finalUser()
                    + ", whose uid the Dockerfile does not set (useradd --uid)");
        } else if (uid.getAsInt() == 0) {
            problems.add(dockerfileName + ": its image runs as root; the final stage should switch to a USER with a"
                    + " non-zero uid");
        }
        if (!recipe.healthcheck().contains("/actuator/health")) {
            problems.add(dockerfileName + ": should have a HEALTHCHECK requesting /actuator/health");
        }
    }

    /**
     * Checks that every file the Dockerfile copies from the build context exists when built for this service, and
     * returns the JVM options files among them.
     */
    private JvmOptions checkCopiedFiles(
            String name, String dockerfileName, Path context, DockerfileRecipe recipe, Map<String, String> arguments) {
        StringBuilder text = new StringBuilder();
        List<String> optionsFiles = new ArrayList<>();
        for (String source : recipe.contextSources(arguments)) {
            Path file = context.resolve(source).normalize();
            if (!Files.exists(file)) {
                problems.add(name + ": " + dockerfileName + " copies " + source + ", which does not exist");
            } else if (source.endsWith(".options") && Files.isRegularFile(file)) {
                text.append(ComposeDeployment.read(file)).append('\n');
                optionsFiles.add(source);
            }
        }
        return optionsFiles.isEmpty()
                ? new JvmOptions(null, "the JVM options files " + dockerfileName + " copies (none)")
                : new JvmOptions(text.toString(), String.join(" and ", optionsFiles));
    }
}
