package dev.retort.script;

import java.util.Objects;

/** An environment template {@code init} can scaffold: its name and a one-line description. */
public record TemplateInfo(String name, String description) {

    public TemplateInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
