package org.alukg.cli;

import java.io.PrintWriter;

import org.alukg.ingest.ValidationException;
import org.alukg.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: every subcommand is one class beside this one. */
@Command(name = "alukg", mixinStandardHelpOptions = true, versionProvider = AlukgCommand.Version.class,
         description = "The open knowledge graph of the Québec aluminium cluster: load it, serve it, query it.",
         subcommands = {ServeCommand.class, LoadCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class,
                        TraceCommand.class, ImportCommand.class,
                        CommandLine.HelpCommand.class})
public final class AlukgCommand implements Runnable {
    /** Exit codes shared by every command. */
    public static final int OK = 0, REFUSED = 1, USAGE = 2, FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: one-line errors, stack traces only with -v. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AlukgCommand());
        cl.setExecutionExceptionHandler(AlukgCommand::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand())
            verbose |= p.hasMatchedOption("-v");
        err.println("alukg: " + oneLine(e));
        if (e instanceof ValidationException g)
            g.problems().stream().skip(1).limit(50).forEach(p -> err.println("  " + p));
        if (verbose)
            e.printStackTrace(err);
        err.flush();
        if (e instanceof Problem p)
            return p.kind().exitCode();
        return e instanceof ValidationException || e instanceof CommandException ce && ce.refused() ? REFUSED : FAILED;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank())
            m = e.getClass().getSimpleName();
        return m.replace('\n', ' ').strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AlukgCommand.class.getPackage().getImplementationVersion();
            return new String[] {"alukg " + (v == null ? "(development build)" : v)};
        }
    }
}
