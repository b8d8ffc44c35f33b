package dev.retort.command;

import dev.retort.RetortException;

/** A command was asked to do something it cannot: the message says what, and what to do instead. */
public class CommandException extends RetortException {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }
}
