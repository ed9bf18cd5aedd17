package org.creativeatlas.ui.table;

import java.util.function.Consumer;

/** Holds the listeners every field editor reports to, so each editor only says when to report. */
abstract class ReportingEditor implements FieldEditor {

    private Consumer<Object> onCommit = v -> { };
    private Runnable onCancel = () -> { };

    @Override
    public final void setOnCommit(Consumer<Object> commit) {
        this.onCommit = commit;
    }

    @Override
    public final void setOnCancel(Runnable cancel) {
        this.onCancel = cancel;
    }

    protected final void commit(Object input) {
        onCommit.accept(input);
    }

    protected final void cancel() {
        onCancel.run();
    }
}
