package org.creativeatlas.logic.edit;

import java.util.Set;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;

/**
 * One stored document review: undone by taking out the rows it added (a document's few dozen rows are kept, not
 * read again) and the source if it stored one; redone by storing them again with their ids, source first.
 */
final class DocumentImportChange implements Change {

    private final Source source;
    private final Fragment added;

    DocumentImportChange(Source source, Fragment added) {
        this.source = source;
        this.added = added;
    }

    @Override
    public Set<Long> apply(Catalogue catalogue) {
        if (source != null) {
            catalogue.sources().insertWithId(source);
        }
        added.insert(catalogue);
        return added.touched();
    }

    @Override
    public Set<Long> revert(Catalogue catalogue) {
        added.remove(catalogue);
        if (source != null) {
            catalogue.sources().delete(source.id());
        }
        return added.touched();
    }
}
