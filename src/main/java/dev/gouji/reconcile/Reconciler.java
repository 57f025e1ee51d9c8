package dev.gouji.reconcile;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.record.Finding;
import java.util.List;

/** Runs every enabled rule over an extraction and returns the findings in a stable order. */
public final class Reconciler {
    private final PipelineConfig config;

    public Reconciler(PipelineConfig config) {
        this.config = config;
    }

    public List<Finding> reconcile(Extraction extraction) {
        return List.of();
    }
}
