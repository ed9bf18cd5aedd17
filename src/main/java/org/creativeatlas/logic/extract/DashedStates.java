package org.creativeatlas.logic.extract;

/** A state set off with a dash right before a person's name, as an item of a list says whose the person is. */
final class DashedStates {

    private DashedStates() {
    }

    /**
     * «генеральные консулы: Венгрии – Ференц Блауманн, Польши – Анджей Папиеж, …»: a state alone between a colon or a
     * comma and a dash right before a name is that person's; the state, or null.
     */
    static Place before(Scan scan, int name) {
        if (name < 3 || !scan.token(name - 1).isDash()) {
            return null;
        }
        Place p = scan.place(name - 2);
        if (p == null || p.to() != name - 1 || p.country() == null || p.city() != null || p.from() < 1) {
            return null;
        }
        Token before = scan.token(p.from() - 1);
        return before.is(":") || before.is(",") ? p : null;
    }
}
