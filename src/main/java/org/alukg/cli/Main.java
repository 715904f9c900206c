package org.alukg.cli;

/** The alukg command line: builds the command tree and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(AlukgCommand.commandLine().execute(args));
    }
}
