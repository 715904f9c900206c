package org.alukg.cli;

/** A command failed in a way the user can act on; {@code refused} means the input was refused (exit 1). */
public class CommandException extends RuntimeException {
    private final boolean refused;

    public CommandException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    public boolean refused() { return refused; }
}
