package org.alukg.testing;

import java.util.ArrayList;
import java.util.List;

import org.alukg.cli.Main;

/**
 * The command line that runs {@code alukg ARGS} as a process of its own, on the classes under test: for the tests
 * about the process itself (signals, kill -9, a shell running the documented commands). A test about a command's
 * output and exit code runs it in this JVM with {@link Cli} instead.
 *
 * <p>SIGINT is set back to its default for the child ({@code env --default-signal=INT}): a build started in the
 * background inherits it ignored, and a JVM that starts with SIGINT ignored does not stop on Ctrl-C. The child is a
 * short-lived JVM started as {@link ChildJvm} says; the request log is quiet.
 */
public final class AlukgProcess {
    private AlukgProcess() {}

    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT"));
        command.addAll(ChildJvm.prefix());
        command.addAll(List.of("-Dalukg.requestLog=WARN", Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
