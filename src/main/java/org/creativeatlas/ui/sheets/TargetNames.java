package org.creativeatlas.ui.sheets;

import org.creativeatlas.logic.Messages;

/** The words the wizard shows for a sheet's kind and a column's target, in the window's language. */
final class TargetNames {

    private final Messages messages;

    TargetNames(Messages messages) {
        this.messages = messages;
    }

    String kind(SheetKind kind) {
        return kind == null ? "" : kind.links() ? messages.get("sheet.kind.links")
                : messages.get("types." + kind.type().code());
    }

    /** A field's label, or a relationship part's; "left out" for none. */
    String target(String code) {
        if (code == null) {
            return messages.get("sheet.target.none");
        }
        String part = "sheet.part." + code;
        String label = messages.get(part);
        return label.equals(part) ? messages.get("field." + code) : label;
    }
}
