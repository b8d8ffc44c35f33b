package dev.retort.cli;

import dev.retort.command.TargetSchemas;
import dev.retort.config.RetortConfig;
import dev.retort.model.MetaData;
import dev.retort.model.ModelLoader;

/** The target schema of autogenerate: the models the configuration names, loaded once per command. */
final class ModelTargets {

    private ModelTargets() {}

    static TargetSchemas of(RetortConfig config) {
        MetaData[] loaded = new MetaData[1];
        return dialect -> {
            if (loaded[0] == null) {
                ModelLoader.load(config).ifPresent(metadata -> loaded[0] = metadata);
            }
            return java.util.Optional.ofNullable(loaded[0]).map(MetaData::toSchema);
        };
    }
}
