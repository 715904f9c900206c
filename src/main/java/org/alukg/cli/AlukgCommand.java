package org.alukg.cli;

import java.io.PrintWriter;

import java.util.List;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: every subcommand is one class beside this one. */
@Command(name = "alukg", mixinStandardHelpOptions = true, versionProvider = AlukgCommand.Version.class,
         description = "The open knowledge graph of the Québec aluminium cluster: load it, serve it, query it.",
         subcommands = {ServeCommand.class, LoadCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class,
                        TraceCommand.class, SearchCommand.class, ImportCommand.class, ImportsCommand.class,
                        BackupCommand.class, BackupsCommand.class, RestoreCommand.class, CompactCommand.class,
                        CommandLine.HelpCommand.class})
public final class AlukgCommand implements Runnable {
    /** Exit codes shared by every command (see {@link Kind}). */
    public static final int OK = Kind.EXIT_OK, REFUSED = Kind.EXIT_REFUSED, USAGE = Kind.EXIT_USAGE, FAILED = Kind.EXIT_FAILED;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    private AlukgCommand(Environment environment) { this.environment = environment; }

    /** The environment variables the commands read. */
    Environment environment() { return environment; }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line over the process's environment. */
    public static CommandLine commandLine() { return commandLine(Environment.system()); }

    /**
     * The configured command line, reading its environment variables from {@code environment}: one-line errors, stack
     * traces only with -v, exit codes from {@link #exitCode}.
     */
    public static CommandLine commandLine(Environment environment) {
        CommandLine cl = new CommandLine(new AlukgCommand(environment));
        cl.setExitCodeExceptionMapper(AlukgCommand::exitCode);
        cl.setExecutionExceptionHandler(AlukgCommand::handle);
        cl.setParameterExceptionHandler(AlukgCommand::usage);
        return cl;
    }

    /**
     * The one place where a failure becomes an exit code: a {@link Problem} by its kind (the caller's mistake 1, ours
     * 3), a refused write 1, a usage mistake 2, anything else 3.
     */
    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException)
            return USAGE;
        if (e instanceof Problem p)
            return p.kind().exitCode();
        if (e instanceof CommandException ce)
            return ce.refused() ? REFUSED : FAILED;
        return FAILED;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand())
            verbose |= p.hasMatchedOption("-v");
        err.println("alukg: " + oneLine(e));
        List<?> more = e instanceof Problem p ? p.list("problems") : List.of();
        more.stream().limit(50).forEach(p -> err.println("  " + p));
        if (verbose)
            e.printStackTrace(err);
        err.flush();
        return cl.getExitCodeExceptionMapper().getExitCode(e);
    }

    /** A usage mistake: one line, and where to read more. */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("alukg: " + oneLine(e) + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return cl.getExitCodeExceptionMapper().getExitCode(e);
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
