package org.alukg.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;

import org.alukg.cli.AlukgCommand;
import org.alukg.cli.Environment;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs {@code alukg ARGS} in this JVM, as {@code Main} does but without exiting, and gives back its exit code and
 * what it printed. For tests about a command's output and exit code; a test about the process itself (signals,
 * kill -9, locks) starts a real one.
 *
 * <p>The commands print to {@code System.out} and {@code System.err}, which are swapped for the run, so runs take turns:
 * one at a time in the JVM. Nothing else in the tests prints there (the logs were bound to the real stderr first).
 */
public final class Cli {
    static {
        // Logging binds its console stream when it starts: let both log systems start on the real stderr, not on a
        // captured one.
        LoggerFactory.getLogger(Cli.class);
        Logger.getLogger("").getHandlers();
    }

    private Cli() {}

    /** What a run ended with. */
    public record Run(int code, String out, String err) {}

    /** Runs {@code alukg ARGS} with the process's environment variables. */
    public static Run run(String... args) { return run(Environment.system(), args); }

    /** Runs {@code alukg ARGS} with these environment variables only (such as ALUKG_PASSWORD), the real ones unread. */
    public static Run run(Map<String, String> environment, String... args) { return run(environment::get, args); }

    private static synchronized Run run(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = AlukgCommand.commandLine(environment);
            cl.setOut(new PrintWriter(System.out, true));
            cl.setErr(new PrintWriter(System.err, true));
            int code = cl.execute(args);
            cl.getOut().flush();
            cl.getErr().flush();
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
