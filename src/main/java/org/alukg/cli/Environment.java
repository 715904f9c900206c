package org.alukg.cli;

/**
 * The environment variables a command reads (credentials for writes through a server): the process's own in
 * {@link Main}, any map a test or an embedding program gives to {@link AlukgCommand#commandLine(Environment)}.
 */
@FunctionalInterface
public interface Environment {
    /** The value of {@code name}, or null when it is not set. */
    String get(String name);

    /** The process's environment. */
    static Environment system() { return System::getenv; }
}
