package com.maritimealphaflow.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Dockerfile that docker-compose.yml relies on: its build arguments, the files it copies from the build
 * context, the user its final stage runs as, and its health check. Only the plain instruction forms this project uses
 * are understood (no heredocs; COPY and ADD sources in shell form).
 */
final class DockerfileRecipe {

    /** {@code $NAME} or {@code ${NAME}}. */
    private static final Pattern VARIABLE =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private static final Pattern USER_ID_OPTION = Pattern.compile("(?:--uid|-u)[ =](\\d+)");

    private final List<Instruction> instructions;

    private record Instruction(String keyword, String arguments) {}

    private DockerfileRecipe(List<Instruction> instructions) {
        this.instructions = instructions;
    }

    /** Reads a Dockerfile: continuation lines joined, comments and blank lines dropped. */
    static DockerfileRecipe parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String instruction = pending.toString().strip();
            pending.setLength(0);
            if (!instruction.isEmpty()) {
                String[] parts = instruction.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            }
        }
        return new DockerfileRecipe(instructions);
    }

    /** Names of every ARG the Dockerfile declares, in any stage. */
    Set<String> arguments() {
        Set<String> names = new LinkedHashSet<>();
        for (Instruction arg : all("ARG")) {
            names.add(arg.arguments().split("=", 2)[0].strip());
        }
        return names;
    }

    /** ARGs declared without a default: a build that does not pass them gets an empty value. */
    Set<String> argumentsWithoutDefault() {
        Set<String> names = new LinkedHashSet<>();
        for (Instruction arg : all("ARG")) {
            if (!arg.arguments().contains("=")) {
                names.add(arg.arguments().strip());
            }
        }
        return names;
    }

    /**
     * The build context paths that COPY and ADD read (not those copied from another stage), with build arguments
     * substituted. A path still holding a variable that {@code buildArguments} lacks is left out, and so is ".".
     */
    List<String> contextSources(Map<String, String> buildArguments) {
        List<String> sources = new ArrayList<>();
        for (Instruction copy : instructions) {
            if (!copy.keyword().equals("COPY") && !copy.keyword().equals("ADD")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(copy.arguments().split("\\s+")));
            if (words.stream().anyMatch(word -> word.startsWith("--from="))) {
                continue;
            }
            words.removeIf(word -> word.startsWith("--"));
            for (String source : words.subList(0, Math.max(0, words.size() - 1))) {
                String substituted = substitute(source, buildArguments);
                if (!substituted.contains("$") && !substituted.equals(".") && !substituted.equals("./")) {
                    sources.add(substituted);
                }
            }
        }
        return sources;
    }

    /** The user the final stage runs as: the argument of its last USER, or "root" when it has none. */
    String finalUser() {
        String user = "root";
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                user = "root";
            } else if (instruction.keyword().equals("USER")) {
                user = instruction.arguments().strip();
            }
        }
        return user;
    }

    /**
     * The uid of the final stage's user: the number itself ({@code USER 10001} or {@code USER 10001:10001}), or the
     * {@code --uid} given where a RUN creates that user by name; empty when the Dockerfile doesn't say.
     */
    OptionalInt finalUserId() {
        String user = finalUser().split(":", 2)[0];
        if (user.matches("\\d+")) {
            return OptionalInt.of(Integer.parseInt(user));
        }
        if (user.equals("root")) {
            return OptionalInt.of(0);
        }
        for (Instruction run : all("RUN")) {
            for (String command : run.arguments().split("&&|;")) {
                Matcher uid = USER_ID_OPTION.matcher(command);
                if ((command.contains("useradd") || command.contains("adduser"))
                        && command.strip().endsWith(" " + user)
                        && uid.find()) {
                    return OptionalInt.of(Integer.parseInt(uid.group(1)));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The command of the HEALTHCHECK, empty when there is none. */
    String healthcheck() {
        List<Instruction> healthchecks = all("HEALTHCHECK");
        return healthchecks.isEmpty()
                ? ""
                : healthchecks.get(healthchecks.size() - 1).arguments();
    }

    /** The arguments of every instruction with this keyword, e.g. {@code EXPOSE}. */
    List<String> argumentsOf(String keyword) {
        return all(keyword).stream().map(Instruction::arguments).toList();
    }

    private List<Instruction> all(String keyword) {
        return instructions.stream()
                .filter(instruction -> instruction.keyword().equals(keyword))
                .toList();
    }

    /** {@code text} with each {@code $NAME} or {@code ${NAME}} that {@code values} holds replaced by its value. */
    static String substitute(String text, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            String value = values.get(name);
            variable.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : variable.group()));
        }
        return variable.appendTail(result).toString();
    }
}
